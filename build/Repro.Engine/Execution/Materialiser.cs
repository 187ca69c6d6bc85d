namespace Repro.Engine.Execution;

/// <summary>Moves results between the cache and outputs/: checks that the materialised outputs are exactly
/// a listing, restores a listing from cache objects into a staging folder, and promotes a staging folder
/// atomically (the old folder is renamed aside, the new one renamed in, the old one deleted).</summary>
internal sealed class Materialiser
{
    private readonly Session _session;

    public Materialiser(Session session) => _session = session;

    public bool Matches(StageInstance instance, OutListing listing)
    {
        var folder = _session.Paths.Full(instance.OutPath);
        if (!Directory.Exists(folder)) return false;
        var files = _session.Hasher.HashDirectory(folder, r => !_session.IsEngineOwned(instance, r));
        return listing.SameFiles(files) && listing.Outs.Where(o => o.Value.Files is not null)
            .All(o => Directory.Exists(Path.Combine(folder, o.Key)));
    }

    /// <summary>The materialised outputs as a listing when they hold exactly the declared outs and summarise to
    /// <paramref name="locked"/> (a cleared or fresh cache with outputs still in place); otherwise null.</summary>
    public OutListing? Adopt(StageInstance instance, IReadOnlyDictionary<string, OutSummary> locked)
    {
        var folder = _session.Paths.Full(instance.OutPath);
        if (!Directory.Exists(folder) || !instance.Stage.Outs.Order(StringComparer.Ordinal).SequenceEqual(locked.Keys.Order(StringComparer.Ordinal)))
            return null;
        var files = _session.Hasher.HashDirectory(folder, r => !_session.IsEngineOwned(instance, r));
        var listing = new OutListing(instance.Stage.Outs, files);
        var complete = listing.Files.Keys.All(f => instance.Stage.Outs.Any(o => f == o || f.StartsWith(o + "/", StringComparison.Ordinal)));
        return complete && listing.Outs.All(o => locked.TryGetValue(o.Key, out var l) && l == o.Value) ? listing : null;
    }

    public string NewStaging(StageInstance instance)
    {
        var staging = Path.Combine(_session.Paths.Staging, $"{instance.Name.Replace('@', '-')}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>A staging folder holding the listing's files, each checked against its hash; null (nothing
    /// left behind) when an object is missing or corrupt.</summary>
    public string? Restore(StageInstance instance, OutListing listing)
    {
        var staging = NewStaging(instance);
        foreach (var (relative, entry) in listing.Files)
        {
            if (_session.Objects.TryRestore(entry.Hash, Path.Combine(staging, relative))) continue;
            Directory.Delete(staging, recursive: true);
            return null;
        }
        foreach (var folder in listing.Outs.Where(o => o.Value.Files is not null))
            Directory.CreateDirectory(Path.Combine(staging, folder.Key));
        return staging;
    }

    /// <summary>Every file of a fresh result into the object store (before promotion, so a crash between the
    /// two leaves only unreferenced objects).</summary>
    public void Store(string staging, OutListing listing)
    {
        foreach (var (relative, entry) in listing.Files)
            _session.Objects.Add(Path.Combine(staging, relative), entry.Hash);
    }

    /// <summary>Objects the cache lost (deleted by hand) are re-added from verified outputs.</summary>
    public void Backfill(StageInstance instance, OutListing listing)
    {
        foreach (var (relative, entry) in listing.Files.Where(f => !_session.Objects.Has(f.Value.Hash)))
            _session.Objects.Add(Path.Combine(_session.Paths.Full(instance.OutPath), relative), entry.Hash);
    }

    public void Promote(StageInstance instance, string staging, OutListing listing)
    {
        var target = _session.Paths.Full(instance.OutPath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        string? aside = null;
        if (Directory.Exists(target))
        {
            Directory.CreateDirectory(_session.Paths.Trash);
            aside = Path.Combine(_session.Paths.Trash, Guid.NewGuid().ToString("N"));
            Directory.Move(target, aside);
        }
        Directory.Move(staging, target);
        if (aside is not null) Directory.Delete(aside, recursive: true);
        // A rename keeps size, mtime and inode: teach the stat cache the promoted paths so status never rereads them.
        foreach (var (relative, entry) in listing.Files)
        {
            var path = Path.Combine(target, relative);
            _session.Hasher.StatCache.Store(path, FileStamp.Of(new FileInfo(path)), entry.Hash);
        }
    }
}
