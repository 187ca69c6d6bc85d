namespace Repro.Engine.Inspection;

/// <summary>Reproduces one instance at a time into <c>area/outputs/...</c> (downstream instances read these
/// reproductions, never outputs/) and compares it with the lock at the strongest level the evidence allows:
/// bitwise when the bits match, and bits are demanded when its inputs reproduced bit for bit and its
/// provenance names the same numerics class; otherwise by its published metrics within their tolerances,
/// plus structure (the same outs, the same file counts).</summary>
internal sealed class Verifier
{
    private readonly Session _session;
    private readonly string _area;
    private readonly CancellationToken _cancellation;
    private readonly StageExecutor _executor;
    private readonly Dictionary<StageInstance, OutListing> _produced = [];

    public Verifier(Session session, string area, CancellationToken cancellation)
    {
        _session = session;
        _area = area;
        _cancellation = cancellation;
        _executor = new StageExecutor(session);
    }

    public List<string> Differences { get; } = [];
    public List<VerifyVerdict> Verdicts { get; } = [];

    public void Verify(StageInstance instance)
    {
        var locked = _session.Lock.Find(_session.Profile, instance.Name)
            ?? throw RunErrors.VerifyNeedsLock(instance.Name, "it has no entry in pipeline.lock.json");
        var key = _session.Keys.Build(instance, u => _produced[u].Outs)!;
        // Stage deps are this verify's own reproductions: their differences show up as out differences upstream.
        var drift = KeyDiff.Describe(KeyRecord.FromLock(instance.Stage.Name, locked), key.Record with { Deps = LockedStageDeps(instance, key, locked) },
            instance.Stage, h => key.FindListing(h, _session.Listings));
        if (drift.Count > 0) throw RunErrors.VerifyNeedsLock(instance.Name, string.Join("; ", drift));

        _session.Console.Line($"Verifying {instance.Name}...");
        var result = Reproduce(instance, key);
        var provenance = ProvenanceMatch.Differences(locked.Provenance, result.Provenance);
        var bits = OutComparison.Bitwise(instance.Name, locked, result.Outs, _session.Runs).ToList();
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
        var metrics = MetricComparison.Compare(instance, locked, MetricReader.Values(Path.Combine(_area, instance.OutPath), instance.Stage.Metrics));
        Differences.AddRange(structure.Concat(metrics.Differences));
        Verdicts.Add(new VerifyVerdict(instance.Name, metrics.Compared == 0 ? VerifyLevel.Structure : VerifyLevel.Metrics,
            $"{why}; {(metrics.Compared == 0 ? "" : $"{string.Join(", ", metrics.Figures)}; ")}" +
            (structure.Count == 0 ? "same outs and file counts" : $"{structure.Count} structural difference(s)")));
    }

    private StageResult Reproduce(StageInstance instance, InstanceKey key)
    {
        var depPaths = instance.Deps.ToDictionary(d => d.Label,
            d => d.Upstream is null ? _session.Paths.Full(d.Path) : Path.Combine(_area, d.Upstream.OutPath), StringComparer.Ordinal);
        var staging = Directory.CreateDirectory(Path.Combine(_area, "staging", instance.Name.Replace('@', '-'))).FullName;
        var result = _executor.Execute(instance, key, depPaths, staging, resumeDir: null, _cancellation);
        var home = Path.Combine(_area, instance.OutPath);
        Directory.CreateDirectory(Path.GetDirectoryName(home)!);
        Directory.Move(staging, home);
        _produced[instance] = result.Outs;
        return result;
    }

    /// <summary>The current key's dep hashes with every stage dep replaced by the lock's.</summary>
    private static Dictionary<string, string> LockedStageDeps(StageInstance instance, InstanceKey key, LockEntry locked) =>
        key.Record.Deps.ToDictionary(d => d.Key,
            d => instance.Deps.First(x => x.Label == d.Key).Upstream is null ? d.Value : locked.Deps.GetValueOrDefault(d.Key)?.Hash ?? d.Value,
            StringComparer.Ordinal);
}
