namespace Repro.Engine.Hashing;

/// <summary>The content hash of a file or a directory. A directory's hash is the hash of its sorted listing
/// (relative path with '/', file hash); <see cref="Files"/> keeps the listing (a file hashes as a one-entry
/// listing keyed by its own name, but its hash is the file's hash).</summary>
internal sealed record TreeHash(string Hash, long Size, bool IsDirectory, IReadOnlyDictionary<string, FileEntry> Files)
{
    public static TreeHash Directory(IReadOnlyDictionary<string, FileEntry> files) =>
        new(ListingHash(files), files.Values.Sum(f => f.Size), true, files);

    public static string ListingHash(IEnumerable<KeyValuePair<string, FileEntry>> files) =>
        ContentHasher.HashText(string.Concat(files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}\t{f.Value.Hash}\n")));
}
