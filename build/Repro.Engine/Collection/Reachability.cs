namespace Repro.Engine.Collection;

/// <summary>What a set of locks keeps alive in a cache: every locked key's run-cache entry, the objects its
/// files are, and the listings of its outs and folder deps (what explain reads).</summary>
internal sealed class Reachability
{
    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Objects { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Listings { get; } = new(StringComparer.Ordinal);

    public static Reachability Of(IEnumerable<LockFile> locks, RunCache runs, ListingStore listings)
    {
        var reachable = new Reachability();
        foreach (var entry in locks.SelectMany(l => l.AllEntries))
        {
            if (!reachable.Keys.Add(entry.Key)) continue;
            var outs = OutListing.HashOf(entry.Outs);
            reachable.Listings.Add(outs);
            foreach (var dep in entry.Deps.Values) reachable.Listings.Add(dep.Hash);
            // The run-cache entry names the files; without it the out listing does (same files, same hashes).
            var files = runs.Find(entry.Key)?.Outs.Files ?? (IReadOnlyDictionary<string, FileEntry>?)listings.Find(outs);
            foreach (var file in files?.Values ?? []) reachable.Objects.Add(file.Hash);
        }
        return reachable;
    }
}
