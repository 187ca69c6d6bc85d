namespace Repro.Engine.Collection;

/// <summary>`repro gc`: deletes from the local cache what no lock reaches: run-cache entries of superseded keys,
/// the objects only they name, unused listings; keeps everything reachable from every profile section of the
/// current lock (and, with --all-commits, of every committed lock) and anything younger than the grace
/// period. Entries go first, so an entry never names a deleted object.</summary>
public static class GcCommand
{
    public static IReadOnlyList<string> Run(WorkspacePaths paths, GcOptions options, IEngineConsole console, CancellationToken cancellation)
    {
        using var guard = WorkspaceGuard.Acquire(paths, wait: true, console, cancellation);
        var locks = new List<LockFile> { LockFile.Load(paths.LockFile) };
        if (options.AllCommits) locks.AddRange(LockHistory.Read(paths));
        var runs = new RunCache(paths.Runs);
        var reachable = Reachability.Of(locks, runs, new ListingStore(paths.Listings));
        if (options.Remote is not null)
        {
            using var stores = CacheStores.Open(paths, console);
            using var remote = RemoteSession.Require(paths, options.Remote.Length == 0 ? null : options.Remote, stores, console);
            return RemoteGc.Run(remote.Cache, reachable, options, cancellation);
        }
        var cutoff = DateTime.UtcNow - options.Grace;
        bool Old(FileInfo f) => f.LastWriteTimeUtc < cutoff;

        var entries = Files(paths.Runs).Where(f => !reachable.Keys.Contains(Path.GetFileNameWithoutExtension(f.Name)) && Old(f)).ToList();
        var listings = Files(paths.Listings).Where(f => !reachable.Listings.Contains(Path.GetFileNameWithoutExtension(f.Name)) && Old(f)).ToList();
        var objects = Files(paths.Objects).Where(f => !f.Name.EndsWith(".tmp", StringComparison.Ordinal))
            .Select(f => (File: f, Hash: Path.GetFileName(f.DirectoryName!) + f.Name))
            .Where(o => !reachable.Objects.Contains(o.Hash) && Old(o.File)).ToDictionary(o => o.Hash, o => o.File, StringComparer.Ordinal);

        var lines = Attribute(entries, objects, runs);
        var bytes = entries.Sum(f => f.Length) + listings.Sum(f => f.Length) + objects.Values.Sum(f => f.Length);
        var kept = $"kept what the {locks.Count} lock(s) reach ({reachable.Keys.Count} key(s), {reachable.Objects.Count} object(s)) " +
                   $"and anything younger than {options.Grace.TotalHours:0.##} h";
        if (bytes == 0) return [$"Nothing to free: {kept}."];
        if (!options.DryRun)
        {
            foreach (var file in entries.Concat(listings).Concat(objects.Values)) file.Delete();
        }
        return [$"{(options.DryRun ? "Would free" : "Freed")} {Size(bytes)}: {objects.Count} object(s), {entries.Count} run-cache entr{(entries.Count == 1 ? "y" : "ies")}, " +
                $"{listings.Count} listing(s); {kept}.", .. lines];
    }

    /// <summary>Per superseded run-cache entry (by the instance and profile it was made for), the bytes of the objects only
    /// it names; the rest as objects no entry names.</summary>
    private static List<string> Attribute(List<FileInfo> entries, Dictionary<string, FileInfo> objects, RunCache runs)
    {
        var lines = new List<string>();
        var left = new Dictionary<string, FileInfo>(objects, StringComparer.Ordinal);
        foreach (var entry in entries.Select(f => runs.Find(Path.GetFileNameWithoutExtension(f.Name))).OfType<RunCacheEntry>()
                     .OrderBy(e => e.Instance, StringComparer.Ordinal).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            var mine = entry.Outs.Files.Values.Select(f => f.Hash).Distinct().Where(left.ContainsKey).ToList();
            var size = mine.Sum(h => left[h].Length);
            foreach (var hash in mine) left.Remove(hash);
            lines.Add($"  {entry.Describe} (key {entry.Key[..8]}..): {Size(size)} in {mine.Count} object(s)");
        }
        if (left.Count > 0) lines.Add($"  objects no run-cache entry names: {Size(left.Values.Sum(f => f.Length))} in {left.Count} object(s)");
        return lines;
    }

    private static IEnumerable<FileInfo> Files(string folder) =>
        Directory.Exists(folder) ? new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories) : [];

    private static string Size(long bytes) => bytes >= 1_000_000 ? $"{bytes / 1e6:F1} MB" : $"{bytes} bytes";
}
