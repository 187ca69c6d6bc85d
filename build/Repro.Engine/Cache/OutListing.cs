namespace Repro.Engine.Cache;

/// <summary>Every file a stage instance produced (path relative to its out folder, '/'), grouped by the
/// declared outs. <see cref="Hash"/> is what downstream keys see: the hash of the sorted
/// (out name, kind, out hash) list, so it can be recomputed from the lock's out summaries alone.</summary>
internal sealed class OutListing
{
    public OutListing(IReadOnlyList<string> declared, IReadOnlyDictionary<string, FileEntry> files)
    {
        Files = new SortedDictionary<string, FileEntry>(files.ToDictionary(f => f.Key, f => f.Value), StringComparer.Ordinal);
        Outs = new SortedDictionary<string, OutSummary>(declared.ToDictionary(d => d, Summarise), StringComparer.Ordinal);
        Hash = HashOf(Outs);
    }

    public SortedDictionary<string, FileEntry> Files { get; }
    public SortedDictionary<string, OutSummary> Outs { get; }
    public string Hash { get; }

    public static string HashOf(IReadOnlyDictionary<string, OutSummary> outs) =>
        ContentHasher.HashText(string.Concat(outs.OrderBy(o => o.Key, StringComparer.Ordinal)
            .Select(o => $"{o.Key}\t{(o.Value.Files is null ? "file" : "dir")}\t{o.Value.Hash}\n")));

    /// <summary>The files inside one declared folder out, relative to that folder.</summary>
    public SortedDictionary<string, FileEntry> FilesUnder(string folder) =>
        new(Files.Where(f => f.Key.StartsWith(folder + "/", StringComparison.Ordinal))
            .ToDictionary(f => f.Key[(folder.Length + 1)..], f => f.Value), StringComparer.Ordinal);

    public bool SameFiles(IReadOnlyDictionary<string, FileEntry> other) =>
        other.Count == Files.Count && Files.All(f => other.TryGetValue(f.Key, out var o) && o == f.Value);

    private OutSummary Summarise(string name)
    {
        if (Files.TryGetValue(name, out var file)) return new OutSummary(file.Hash, file.Size, null);
        var inner = FilesUnder(name);
        return new OutSummary(TreeHash.ListingHash(inner), inner.Values.Sum(f => f.Size), inner.Count);
    }
}
