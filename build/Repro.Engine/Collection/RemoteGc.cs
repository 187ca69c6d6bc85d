namespace Repro.Engine.Collection;

/// <summary>`repro gc --remote R`: what the remote holds that no lock of this project reaches. By default only
/// results this project pushed (marked `owners/PROJECT/KEY`) are candidates, and an object stays while any
/// other entry on the remote names it, so another project's results are never touched; `--all-projects`
/// widens it to every unreachable entry and to objects no entry names. Deleting needs --delete; entries go
/// first, then their markers, then the objects.</summary>
internal static class RemoteGc
{
    public static List<string> Run(RemoteCache remote, Reachability reachable, GcOptions options, CancellationToken cancellation)
    {
        var store = remote.Store;
        var cutoff = DateTimeOffset.UtcNow - options.Grace;
        var runs = RemoteCache.Await(() => store.ListAsync("runs/", cancellation));
        var owned = RemoteCache.Await(() => store.ListAsync($"owners/{remote.Project}/", cancellation)).Keys
            .Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var objects = RemoteCache.Await(() => store.ListAsync("objects/", cancellation));
        var entries = runs.Keys.Select(n => Path.GetFileNameWithoutExtension(n))
            .Select(k => remote.FindEntry(k, cancellation)).OfType<RunCacheEntry>().ToList();
        var candidates = entries.Where(e => !reachable.Keys.Contains(e.Key) && runs[$"runs/{e.Key}.json"].Modified < cutoff
                                            && (options.AllProjects || owned.Contains(e.Key))).ToList();
        var kept = entries.Except(candidates).SelectMany(e => e.Outs.Files.Values).Select(f => Name(f.Hash))
            .Concat(reachable.Objects.Select(Name)).ToHashSet(StringComparer.Ordinal);
        var named = entries.SelectMany(e => e.Outs.Files.Values).Select(f => Name(f.Hash)).ToHashSet(StringComparer.Ordinal);
        var freed = new Dictionary<string, RemoteBlob>(StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var entry in candidates.OrderBy(e => e.Instance, StringComparer.Ordinal).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            var mine = entry.Outs.Files.Values.Select(f => Name(f.Hash)).Distinct()
                .Where(n => !kept.Contains(n) && !freed.ContainsKey(n) && objects.TryGetValue(n, out var b) && b.Modified < cutoff).ToList();
            foreach (var name in mine) freed[name] = objects[name];
            lines.Add($"  {entry.Describe} (key {entry.Key[..8]}..): {Size(mine.Sum(n => objects[n].Size))} in {mine.Count} object(s)");
        }
        if (options.AllProjects)
        {
            var orphans = objects.Where(o => !named.Contains(o.Key) && !kept.Contains(o.Key) && o.Value.Modified < cutoff).ToList();
            foreach (var orphan in orphans) freed[orphan.Key] = orphan.Value;
            if (orphans.Count > 0) lines.Add($"  objects no run-cache entry names: {Size(orphans.Sum(o => o.Value.Size))} in {orphans.Count} object(s)");
        }
        var bytes = freed.Values.Sum(b => b.Size) + candidates.Sum(e => runs[$"runs/{e.Key}.json"].Size);
        var scope = options.AllProjects ? "every project's" : "this project's";
        if (candidates.Count == 0 && freed.Count == 0)
            return [$"Nothing to free on {remote.Describe} ({scope} results; kept what the lock(s) reach and anything younger than {options.Grace.TotalHours:0.##} h)."];
        if (!options.DryRun)
        {
            if (!options.Delete) throw CollectionErrors.RemoteNeedsDelete(remote.Describe);
            foreach (var entry in candidates)
            {
                RemoteCache.Await(async () => { await store.DeleteAsync($"runs/{entry.Key}.json", cancellation); return true; });
                RemoteCache.Await(async () => { await store.DeleteAsync($"owners/{remote.Project}/{entry.Key}", cancellation); return true; });
            }
            foreach (var name in freed.Keys) RemoteCache.Await(async () => { await store.DeleteAsync(name, cancellation); return true; });
        }
        return [$"{(options.DryRun ? "Would free" : "Freed")} {Size(bytes)} on {remote.Describe}: {freed.Count} object(s), " +
                $"{candidates.Count} run-cache entr{(candidates.Count == 1 ? "y" : "ies")} ({scope} results no lock reaches).", .. lines];
    }

    private static string Name(string hash) => $"objects/{hash[..2]}/{hash[2..]}";

    private static string Size(long bytes) => bytes >= 1_000_000 ? $"{bytes / 1e6:F1} MB" : $"{bytes} bytes";
}
