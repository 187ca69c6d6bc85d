namespace Repro.Engine.Planning;

/// <summary>Computes instance keys. Path deps are hashed (through the stat cache); a stage dep's hash is the
/// upstream instance's out-listing hash, so a downstream key is known as soon as its upstream has settled.</summary>
internal sealed class KeyBuilder(WorkspacePaths paths, ResolvedParams resolved, CodeFingerprints fingerprints, TreeHasher hasher)
{
    // Path deps cannot change during a session (stages write only into staging), so each is hashed once
    // even when several instances read it (data/raw for every preprocess@EXP).
    private readonly Dictionary<string, TreeHash> _pathHashes = new(StringComparer.Ordinal);

    /// <summary>The key, or null while some upstream's outs are unknown (<paramref name="upstreamOuts"/> returns null).</summary>
    public InstanceKey? Build(StageInstance instance, Func<StageInstance, IReadOnlyDictionary<string, OutSummary>?> upstreamOuts)
    {
        var deps = new SortedDictionary<string, DepRecord>(StringComparer.Ordinal);
        var depPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        var listings = new Dictionary<string, IReadOnlyDictionary<string, FileEntry>>(StringComparer.Ordinal);
        foreach (var dep in instance.Deps)
        {
            depPaths[dep.Label] = paths.Full(dep.Path);
            if (dep.Upstream is null)
            {
                var tree = HashPath(dep.Path);
                if (tree.IsDirectory) listings[tree.Hash] = tree.Files;
                deps[dep.Label] = new DepRecord(dep.Path, tree.Hash, tree.Size, tree.IsDirectory ? tree.Files.Count : null);
                continue;
            }
            var all = upstreamOuts(dep.Upstream);
            if (all is null) return null;
            var outs = dep.Select(all);
            deps[dep.Label] = new DepRecord(dep.Path, OutListing.HashOf(outs), outs.Values.Sum(o => o.Size),
                outs.Values.Sum(o => o.Files ?? 1));
        }
        var parameters = resolved.Declared(instance.Stage, instance.Experiment);
        var record = new KeyRecord(instance.Stage.Name, fingerprints.Of(instance.Stage), parameters,
            deps.ToDictionary(d => d.Key, d => d.Value.Hash, StringComparer.Ordinal), instance.Stage.Outs);
        return new InstanceKey(record, parameters, deps, depPaths, listings);
    }

    private TreeHash HashPath(string relative)
    {
        if (_pathHashes.TryGetValue(relative, out var known)) return known;
        return _pathHashes[relative] = hasher.Hash(paths.Full(relative));
    }
}
