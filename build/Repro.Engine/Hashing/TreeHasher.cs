namespace Repro.Engine.Hashing;

/// <summary>Hashes files and directories through the stat cache. The one place that reads dep and out bytes.</summary>
internal sealed class TreeHasher
{
    private readonly ContentHasher _hasher = new();
    private readonly IEngineConsole _console;

    public TreeHasher(StatCache statCache, IEngineConsole console)
    {
        StatCache = statCache;
        _console = console;
    }

    public StatCache StatCache { get; }

    /// <summary>Bytes actually read (stat-cache misses), for benchmarks and tests.</summary>
    public long BytesRead { get; private set; }

    public TreeHash Hash(string path, Func<string, bool>? include = null)
    {
        if (File.Exists(path))
        {
            var entry = HashFile(new FileInfo(path));
            return new TreeHash(entry.Hash, entry.Size, false,
                new Dictionary<string, FileEntry>(StringComparer.Ordinal) { [Path.GetFileName(path)] = entry });
        }
        return TreeHash.Directory(HashDirectory(path, include));
    }

    public SortedDictionary<string, FileEntry> HashDirectory(string root, Func<string, bool>? include = null)
    {
        var files = new DirectoryInfo(root).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(f => (Info: f, Relative: Path.GetRelativePath(root, f.FullName).Replace('\\', '/')))
            .Where(f => include is null || include(f.Relative)).ToList();
        var listing = new SortedDictionary<string, FileEntry>(StringComparer.Ordinal);
        using var progress = files.Count >= 200 ? _console.StartProgress($"hashing {Path.GetFileName(root)}", files.Count) : null;
        foreach (var (info, relative) in files)
        {
            listing[relative] = HashFile(info);
            progress?.Advance(1);
        }
        return listing;
    }

    private FileEntry HashFile(FileInfo file)
    {
        var stamp = FileStamp.Of(file);
        var hash = StatCache.Lookup(file.FullName, stamp);
        if (hash is null)
        {
            hash = _hasher.HashFile(file.FullName);
            BytesRead += stamp.Size;
            StatCache.Store(file.FullName, stamp, hash);
        }
        return new FileEntry(hash, stamp.Size);
    }
}
