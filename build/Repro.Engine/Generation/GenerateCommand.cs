using System.Diagnostics;

namespace Repro.Engine.Generation;

/// <summary>`repro generate EXP`: images from a trained experiment's generator. The instance of the stage that
/// declares `"generator"` in its stage.json (for `--snapshot best`, the one whose `"generatorSnapshot"` is
/// "best"; otherwise the final one's) must be settled for the profile and current conditions: up to
/// date, or restorable from the cache, or pullable from the remote (then fetched); its files are read where
/// the cache keeps them. Its program draws the images (`PROGRAM --generate REQUEST.json`) into a fresh folder
/// that replaces the output folder only when it succeeded.</summary>
public static class GenerateCommand
{
    public static string Run(WorkspacePaths paths, RunOptions options, GenerateOptions generate, IEngineConsole console, CancellationToken cancellation)
    {
        var kept = generate.Snapshot == "best" ? "best" : "final";
        var generators = PipelineLoader.Load(paths.Root).Stages.Where(s => s.Generator is not null).ToList();
        if (generators.Count == 0) throw GenerateErrors.NoGenerator();
        var stage = generators.FirstOrDefault(s => s.GeneratorSnapshot == kept)
            ?? throw GenerateErrors.SnapshotNotKept(generate.Snapshot, generators.Select(s => s.GeneratorSnapshot));
        var selection = options with { Target = stage.Name, Experiment = generate.Experiment };
        var state = PipelineState.Load(paths, selection, console);
        using var stores = CacheStores.Open(paths, console);
        using var remote = RemoteSession.Open(paths, selection, stores, console);
        var planned = PlanningTools.For(state, stores, remote?.Cache).Plan(state, selection, lockOnly: false)
            .Walk(state.Selected).Single(p => p.Instance.Stage.Name == stage.Name);
        var instance = planned.Instance;
        var files = TrainedFiles(planned, paths, stores, remote, cancellation)
            ?? throw GenerateErrors.NotTrained(instance.Name, state.Profile, generate.Experiment, stage.Name,
                planned.Decision?.Reason ?? $"upstream {planned.WaitingFor!.Name} would run first");

        var outDir = Path.GetFullPath(generate.OutDir ?? Path.Combine(paths.Outputs, "generated", generate.Experiment, $"seed-{generate.Seed}"));
        var fresh = Directory.CreateDirectory($"{outDir}.tmp-{Guid.NewGuid():N}").FullName;
        try
        {
            var request = new GenerateRequest
            {
                Files = files, OutDir = fresh, Count = generate.Count, Seed = generate.Seed, Truncation = generate.Truncation,
                Columns = generate.Columns, Snapshot = generate.Snapshot, Steps = generate.Steps,
                Interpolate = generate.Interpolate is { } pair ? [pair.From, pair.To] : null,
            };
            var requestFile = fresh + ".request.json";
            request.Save(requestFile);
            try
            {
                var (exitCode, tail) = Draw(stage.ProgramPath, requestFile, paths.Root, cancellation);
                if (exitCode != 0) throw GenerateErrors.Failed(instance.Name, exitCode, tail);
            }
            finally
            {
                File.Delete(requestFile);
            }
            if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
            Directory.Move(fresh, outDir);
            console.Line($"Generated {generate.Count} image(s) from {instance.Name} (profile {state.Profile}, seed {generate.Seed}) into {outDir}");
            return outDir;
        }
        finally
        {
            if (Directory.Exists(fresh)) Directory.Delete(fresh, recursive: true);
        }
    }

    /// <summary>The settled result's files (out path -> where to read it), fetching them from the remote when
    /// that is where they are; null when the instance would have to run first.</summary>
    private static Dictionary<string, string>? TrainedFiles(PlannedInstance planned, WorkspacePaths paths, CacheStores stores, RemoteSession? remote,
        CancellationToken cancellation)
    {
        if (planned.Decision is not { Entry: { } entry } decision) return null;
        switch (decision.Action)
        {
            case PlannedAction.Pull:
                remote!.Cache.Fetch([entry], cancellation);
                break;
            case PlannedAction.UpToDate or PlannedAction.Adopt or PlannedAction.Restore:
                break;
            default:
                return null;
        }
        var outputs = paths.Full(planned.Instance.OutPath);
        return entry.Outs.Files.ToDictionary(f => f.Key,
            f => stores.Objects.Has(f.Value.Hash) ? stores.Objects.PathOf(f.Value.Hash) : Path.Combine(outputs, f.Key), StringComparer.Ordinal);
    }

    private static (int ExitCode, IReadOnlyList<string> Tail) Draw(string program, string requestFile, string workspace, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(DotnetHost.Path) { WorkingDirectory = workspace, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { program, "--generate", requestFile }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using (cancellation.Register(() => process.Kill(entireProcessTree: true))) process.WaitForExit();
        cancellation.ThrowIfCancellationRequested();
        var tail = error.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(LocalProcessRunner.TailLines).ToList();
        return (process.ExitCode, tail);
    }
}
