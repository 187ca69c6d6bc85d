using System.Diagnostics;

namespace Repro.Engine.Remotes;

/// <summary>The cache protocol over an <see cref="IRemoteStore"/>: push sends objects first, then folder
/// listings, and each run-cache entry last, so a reader never sees an entry whose objects are missing;
/// fetch downloads into the local cache, verifying every object against its hash (a damaged download is
/// discarded and retried once, never stored). Transfers run in parallel with bounded concurrency.</summary>
internal sealed class RemoteCache(IRemoteStore store, WorkspacePaths paths, ObjectStore objects, RunCache runs, IEngineConsole console)
{
    private const int Concurrency = 8;
    private Dictionary<string, RemoteBlob>? _remoteObjects;

    public string Describe => store.Describe;

    /// <summary>The project whose pushes are marked `owners/PROJECT/KEY` (gc deletes only its own by default).</summary>
    public string Project { get; init; } = "unnamed";

    public IRemoteStore Store => store;

    public TransferSummary Push(IReadOnlyList<RunCacheEntry> entries, IReadOnlyList<string> listingFiles, CancellationToken cancellation)
    {
        var watch = Stopwatch.StartNew();
        var present = RemoteObjects(cancellation);
        var wanted = entries.SelectMany(e => e.Outs.Files.Values).DistinctBy(f => f.Hash).ToList();
        // Present means present whole: a server that is not atomic (s3rver killed mid-upload) can list a truncated blob.
        var missing = wanted.Where(f => present.GetValueOrDefault(ObjectName(f.Hash))?.Size != f.Size).ToList();
        Transfer("pushing objects", missing, f => f.Size, async (f, token) =>
        {
            await store.UploadAsync(objects.PathOf(f.Hash), ObjectName(f.Hash), token);
            lock (present) present[ObjectName(f.Hash)] = new RemoteBlob(f.Size, DateTimeOffset.UtcNow);
        }, cancellation);
        var known = Await(() => store.ListAsync("runs/", cancellation)).Concat(Await(() => store.ListAsync("listings/", cancellation)))
            .ToDictionary(StringComparer.Ordinal);
        var rest = listingFiles.Select(f => (File: f, Name: "listings/" + Path.GetFileName(f)))
            .Concat(entries.Select(e => (File: Path.Combine(paths.Runs, e.Key + ".json"), Name: $"runs/{e.Key}.json")))
            .Where(x => known.GetValueOrDefault(x.Name)?.Size != new FileInfo(x.File).Length).ToList();
        // Listings before entries, entries one after another in order: objects are all there by now.
        foreach (var (file, name) in rest) Await(async () => { await store.UploadAsync(file, name, cancellation); return true; });
        MarkOwned(entries, cancellation);
        return new TransferSummary(missing.Count + rest.Count, missing.Sum(f => f.Size) + rest.Sum(x => new FileInfo(x.File).Length),
            wanted.Count - missing.Count + entries.Count + listingFiles.Count - rest.Count, watch.Elapsed);
    }

    /// <summary>Marks the entries as pushed by this project (an empty `owners/PROJECT/KEY` blob), after the entries.</summary>
    private void MarkOwned(IReadOnlyList<RunCacheEntry> entries, CancellationToken cancellation)
    {
        var owned = Await(() => store.ListAsync($"owners/{Project}/", cancellation));
        var marker = TempFile();
        File.WriteAllBytes(marker, []);
        try
        {
            foreach (var entry in entries.Where(e => !owned.ContainsKey($"owners/{Project}/{e.Key}")))
                Await(async () => { await store.UploadAsync(marker, $"owners/{Project}/{entry.Key}", cancellation); return true; });
        }
        finally
        {
            File.Delete(marker);
        }
    }

    /// <summary>The keys the remote's run-cache holds (one listing).</summary>
    public HashSet<string> RunKeys(CancellationToken cancellation) =>
        Await(() => store.ListAsync("runs/", cancellation)).Keys.Select(n => Path.GetFileNameWithoutExtension(n)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The remote's run-cache entry for <paramref name="key"/>, or null (also when it is damaged).</summary>
    public RunCacheEntry? FindEntry(string key, CancellationToken cancellation)
    {
        var temp = TempFile();
        try
        {
            if (!Await(() => store.DownloadAsync($"runs/{key}.json", temp, cancellation))) return null;
            var entry = RunCache.Parse(File.ReadAllText(temp));
            return entry?.Key == key ? entry : null;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Every object of <paramref name="entries"/> that the local cache lacks, then the entries themselves.</summary>
    public TransferSummary Fetch(IReadOnlyList<RunCacheEntry> entries, CancellationToken cancellation)
    {
        var watch = Stopwatch.StartNew();
        var wanted = entries.SelectMany(e => e.Outs.Files.Values).DistinctBy(f => f.Hash).ToList();
        var missing = wanted.Where(f => !objects.Has(f.Hash)).ToList();
        Transfer("fetching objects", missing, f => f.Size, (f, token) => DownloadObject(f.Hash, token), cancellation);
        foreach (var entry in entries) runs.Add(entry);
        return new TransferSummary(missing.Count, missing.Sum(f => f.Size), wanted.Count - missing.Count, watch.Elapsed);
    }

    private async ValueTask DownloadObject(string hash, CancellationToken cancellation)
    {
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var temp = TempFile();
            try
            {
                if (!await store.DownloadAsync(ObjectName(hash), temp, cancellation))
                    throw RemoteErrors.Corrupt(store.Describe, ObjectName(hash) + " (missing although an entry points to it)");
                if (objects.AddVerified(temp, hash)) return;
            }
            finally
            {
                File.Delete(temp);
            }
        }
        throw RemoteErrors.Corrupt(store.Describe, ObjectName(hash));
    }

    private Dictionary<string, RemoteBlob> RemoteObjects(CancellationToken cancellation) => _remoteObjects ??= Await(() => store.ListAsync("objects/", cancellation));

    private void Transfer<T>(string label, IReadOnlyList<T> items, Func<T, long> size, Func<T, CancellationToken, ValueTask> move, CancellationToken cancellation)
    {
        if (items.Count == 0) return;
        using var progress = console.StartProgress($"{label} ({items.Count} file(s))", items.Sum(size), bytes: true);
        Await(async () =>
        {
            await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellation }, async (item, token) =>
            {
                await move(item, token);
                lock (progress) progress.Advance(size(item));
            });
            return true;
        });
    }

    private string TempFile()
    {
        Directory.CreateDirectory(paths.Transfers);
        return Path.Combine(paths.Transfers, Guid.NewGuid().ToString("N") + ".tmp");
    }

    private static string ObjectName(string hash) => $"objects/{hash[..2]}/{hash[2..]}";

    /// <summary>Runs an async remote call to completion, unwrapping the exception a message was built for.</summary>
    internal static T Await<T>(Func<Task<T>> call)
    {
        try
        {
            return call().GetAwaiter().GetResult();
        }
        catch (AggregateException e) when (e.InnerException is ReproException inner)
        {
            throw inner;
        }
    }
}
