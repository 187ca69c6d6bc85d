namespace Repro.Engine.Inspection;

/// <summary>Reproduces one instance at a time into <c>area/outputs/...</c> (downstream instances read these
/// reproductions, never outputs/) and compares it with the lock at the strongest level the evidence allows:
/// bitwise when the bits match, and bits are demanded when its inputs reproduced bit for bit and its
/// provenance names the same numerics class; otherwise by its published metrics within their tolerances,
/// plus structure (the same outs, the same file counts). <see cref="VerifyCommand"/> has checked first, with the
/// planner in lock-only mode, that every instance's key is the lock's.</summary>
internal sealed class Verifier(PipelineState state, KeyBuilder keys, StageExecutor executor, RunCache runs, string area,
    IEngineConsole console, CancellationToken cancellation)
{
    private readonly Dictionary<StageInstance, OutListing> _produced = [];

    public List<string> Differences { get; } = [];
    public List<VerifyVerdict> Verdicts { get; } = [];

    public void Verify(StageInstance instance)
    {
        var locked = state.Locked(instance)!;
        // Stage deps are this verify's own reproductions: their differences show up as out differences upstream.
        var key = keys.Build(instance, u => _produced[u].Outs)!;
        console.Line($"Verifying {instance.Name}...");
        var result = Reproduce(instance, key);
        var provenance = ProvenanceMatch.Differences(locked.Provenance, result.Provenance);
        var bits = OutComparison.Bitwise(instance.Name, locked, result.Outs, runs).ToList();
        var demanded = key.Key == locked.Key && provenance.Count == 0;
        if (bits.Count == 0 || demanded)
        {
            Differences.AddRange(bits);
            var where = provenance.Count == 0 ? $"numerics {ProvenanceMatch.Class(result.Provenance)}"
                : $"although recorded by {ProvenanceMatch.Class(locked.Provenance)}";
            Verdicts.Add(new VerifyVerdict(instance.Name, VerifyLevel.Bitwise,
                bits.Count == 0 ? $"{result.Outs.Files.Count} file(s) identical, {where}" : $"{bits.Count} out(s) differ"));
            return;
        }
        var why = key.Key != locked.Key ? "upstream outs differ from the lock's" : string.Join("; ", provenance);
        var structure = OutComparison.Structure(instance.Name, locked, result.Outs).ToList();
        var metrics = MetricComparison.Compare(instance, locked, MetricReader.Values(Path.Combine(area, instance.OutPath), instance.Stage.Metrics));
        Differences.AddRange(structure.Concat(metrics.Differences));
        Verdicts.Add(new VerifyVerdict(instance.Name, metrics.Compared == 0 ? VerifyLevel.Structure : VerifyLevel.Metrics,
            $"{why}; {(metrics.Compared == 0 ? "" : $"{string.Join(", ", metrics.Figures)}; ")}" +
            (structure.Count == 0 ? "same outs and file counts" : $"{structure.Count} structural difference(s)")));
    }

    private StageResult Reproduce(StageInstance instance, InstanceKey key)
    {
        var depPaths = instance.Deps.ToDictionary(d => d.Label,
            d => d.Upstream is null ? state.Paths.Full(d.Path) : Path.Combine(area, d.Path), StringComparer.Ordinal);
        var staging = Directory.CreateDirectory(Path.Combine(area, "staging", instance.Name.Replace('@', '-'))).FullName;
        var grant = ResourcePool.Alone(instance.Stage.Resources.For(key.Params), ExecutorCapacity.ThisMachine);
        var result = executor.Execute(instance, key, depPaths, staging, resumeDir: null, grant, cancellation);
        var home = Path.Combine(area, instance.OutPath);
        Directory.CreateDirectory(Path.GetDirectoryName(home)!);
        Directory.Move(staging, home);
        _produced[instance] = result.Outs;
        return result;
    }
}
