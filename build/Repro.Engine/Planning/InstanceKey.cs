namespace Repro.Engine.Planning;

/// <summary>A stage instance's key with everything it was computed from: the key record, the dep records for
/// the lock, each dep's absolute path for the stage request, and the file listings of folder path deps
/// (by hash; persisted only once the instance succeeds, so a failed run leaves the cache as it was).</summary>
internal sealed record InstanceKey(
    KeyRecord Record,
    SortedDictionary<string, JToken> Params,
    SortedDictionary<string, DepRecord> Deps,
    IReadOnlyDictionary<string, string> DepPaths,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, FileEntry>> Listings)
{
    public string Key { get; } = Record.Key;

    /// <summary>A listing by hash: this key's own folder deps first, then the store.</summary>
    public IReadOnlyDictionary<string, FileEntry>? FindListing(string hash, ListingStore store) =>
        Listings.TryGetValue(hash, out var files) ? files : store.Find(hash);
}
