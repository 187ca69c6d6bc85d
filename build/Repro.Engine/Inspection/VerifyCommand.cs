namespace Repro.Engine.Inspection;

/// <summary>`repro verify`: reruns every instance of the profile from scratch in a temporary area (outputs/,
/// the cache and the lock are never touched) and compares each out with the lock: bitwise where provenance
/// matches this machine, otherwise existence and size only, saying why.</summary>
public static class VerifyCommand
{
    public static IReadOnlyList<string> Run(WorkspacePaths paths, RunOptions options, IEngineConsole console, CancellationToken cancellation)
    {
        using var session = Session.Open(paths, options, console);
        var area = Directory.CreateTempSubdirectory("repro-verify-").FullName;
        try
        {
            var executor = new StageExecutor(session);
            var produced = new Dictionary<StageInstance, OutListing>();
            var diffs = new List<string>();
            var notes = new List<string>();
            foreach (var instance in session.Selected)
            {
                var locked = session.Lock.Find(session.Profile, instance.Name)
                    ?? throw RunErrors.VerifyNeedsLock(instance.Name, "it has no entry in pipeline.lock.json");
                var key = session.Keys.Build(instance, u => produced[u].Outs)!;
                // Stage deps are this verify's own reproductions; their differences show up as out differences.
                var drift = KeyDiff.Describe(KeyRecord.FromLock(instance.Stage.Name, locked), key.Record with { Deps = PathDeps(instance, key, locked) },
                    instance.Stage, h => key.FindListing(h, session.Listings));
                if (drift.Count > 0) throw RunErrors.VerifyNeedsLock(instance.Name, string.Join("; ", drift));
                console.Line($"Verifying {instance.Name}...");
                var depPaths = instance.Deps.ToDictionary(d => d.Label,
                    d => d.Upstream is null ? paths.Full(d.Path) : Path.Combine(area, d.Upstream.OutPath), StringComparer.Ordinal);
                var staging = Path.Combine(area, "staging", instance.Name.Replace('@', '-'));
                Directory.CreateDirectory(staging);
                var result = executor.Execute(instance, key, depPaths, staging, resumeDir: null, cancellation);
                var home = Path.Combine(area, instance.OutPath);
                Directory.CreateDirectory(Path.GetDirectoryName(home)!);
                Directory.Move(staging, home);
                produced[instance] = result.Outs;
                var provenance = ProvenanceMatch.Differences(locked.Provenance, result.Provenance);
                if (provenance.Count > 0)
                    notes.Add($"{instance.Name}: provenance differs ({string.Join("; ", provenance)}): compared existence and size only");
                diffs.AddRange(OutComparison.Compare(instance.Name, locked, result.Outs, bitwise: provenance.Count == 0, session.Runs));
            }
            foreach (var note in notes) console.Line(note);
            if (diffs.Count > 0) throw RunErrors.VerifyMismatch(diffs);
            return notes;
        }
        finally
        {
            Directory.Delete(area, recursive: true);
        }
    }

    /// <summary>The current key's path-dep hashes, with stage deps taken from the lock.</summary>
    private static Dictionary<string, string> PathDeps(StageInstance instance, InstanceKey key, LockEntry locked) =>
        key.Record.Deps.ToDictionary(d => d.Key,
            d => instance.Deps.First(x => x.Label == d.Key).Upstream is null ? d.Value : locked.Deps.GetValueOrDefault(d.Key)?.Hash ?? d.Value,
            StringComparer.Ordinal);
}
