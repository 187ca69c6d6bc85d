
namespace Repro.Engine.Execution;

/// <summary>Runs one stage instance into a fresh staging folder through the <see cref="IStageRunner"/> and
/// checks what it produced: every declared out present, nothing undeclared. Writes the request from the key
/// alone. Touches neither outputs/, the cache nor the lock.</summary>
internal sealed class StageExecutor(IStageRunner runner, WorkspacePaths paths, IEngineConsole console, bool verbose)
{
    /// <param name="depPaths">Absolute dep paths by label ("samples@run1" for per-experiment deps).</param>
    /// <param name="resumeDir">A folder that survives an interrupted run of the same key, or null.</param>
    public StageResult Execute(StageInstance instance, InstanceKey key, IReadOnlyDictionary<string, string> depPaths,
        string staging, string? resumeDir, ResourceGrant grant, CancellationToken cancellation)
    {
        var requestFile = staging + ".request.json";
        var provenanceFile = staging + ".provenance.json";
        var request = new StageRequest
        {
            Stage = instance.Stage.Name,
            Experiment = instance.Experiment,
            Key = key.Key,
            OutDir = staging,
            ResumeDir = resumeDir,
            ProvenanceFile = provenanceFile,
            Params = new Dictionary<string, JToken>(key.Params, StringComparer.Ordinal),
        };
        foreach (var dep in instance.Deps)
        {
            var path = depPaths[dep.Label];
            if (dep.Experiment is null)
            {
                request.Deps[dep.Name] = path;
                continue;
            }
            if (!request.DepsByExperiment.TryGetValue(dep.Name, out var byExperiment))
                request.DepsByExperiment[dep.Name] = byExperiment = new Dictionary<string, string>(StringComparer.Ordinal);
            byExperiment[dep.Experiment] = path;
        }
        if (resumeDir is not null) Directory.CreateDirectory(resumeDir);
        request.Save(requestFile);
        try
        {
            var env = new Dictionary<string, string>(instance.Stage.Env, StringComparer.Ordinal);
            if (grant.Devices.Count > 0) env["CUDA_VISIBLE_DEVICES"] = string.Join(",", grant.Devices);
            var exit = runner.Run(new StageLaunch(instance.Name, instance.Stage.ProgramPath, requestFile, staging, paths.Root, env, grant.Request, verbose),
                cancellation);
            if (exit.ExitCode == ExitCodes.BadInput) throw RunErrors.StageRejectedInput(instance.Name, string.Join("\n", exit.StderrTail));
            if (exit.ExitCode == ExitCodes.Cancelled) throw RunErrors.Cancelled();
            if (exit.ExitCode != 0) throw RunErrors.StageFailed(instance.Name, exit);
            return new StageResult(staging, CheckOuts(instance, staging), ReadProvenance(provenanceFile, instance.Stage.Numerics));
        }
        finally
        {
            File.Delete(requestFile);
            File.Delete(provenanceFile);
        }
    }

    private OutListing CheckOuts(StageInstance instance, string staging)
    {
        var declared = instance.Stage.Outs;
        var missing = declared.Where(o => !File.Exists(Path.Combine(staging, o)) && !Directory.Exists(Path.Combine(staging, o))).ToList();
        if (missing.Count > 0) throw RunErrors.MissingOuts(instance.Name, missing);
        var undeclared = Directory.EnumerateFileSystemEntries(staging).Select(Path.GetFileName).OfType<string>()
            .Where(n => !declared.Contains(n)).Order(StringComparer.Ordinal).ToList();
        if (undeclared.Count > 0) throw RunErrors.UndeclaredOuts(instance.Name, undeclared);
        // Staging paths are transient: hash them outside the persistent stat cache.
        var files = new TreeHasher(new StatCache(null), console).HashDirectory(staging);
        return new OutListing(declared, files);
    }

    /// <summary>The machine's facts, the stage.json's numerics class, then what the stage reported (which wins).</summary>
    private static SortedDictionary<string, string> ReadProvenance(string file, string? numerics)
    {
        var provenance = new SortedDictionary<string, string>(MachineProvenance.Current.ToDictionary(), StringComparer.Ordinal);
        if (numerics is not null) provenance[ProvenanceMatch.Numerics] = numerics;
        if (!File.Exists(file)) return provenance;
        foreach (var property in ((JObject)Json.Parse(File.ReadAllText(file))).Properties())
            provenance[property.Name] = (string?)property.Value ?? "";
        return provenance;
    }
}
