namespace Repro.Engine.Execution;

/// <summary>Moves results between the cache and outputs/: restores a listing from cache objects into a
/// staging folder, stores a fresh result's files, and promotes a staging folder atomically (the old folder
/// is renamed aside, the new one renamed in, the old one deleted).</summary>
internal sealed class Materialiser(WorkspacePaths paths, ObjectStore objects, TreeHasher hasher)
{
    public string NewStaging(StageInstance instance)
    {
        var staging = Path.Combine(paths.Staging, $"{instance.Name.Replace('@', '-')}-{Guid.NewGuid().ToString("N")[..8]}");
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
            if (objects.TryRestore(entry.Hash, Path.Combine(staging, relative))) continue;
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
            objects.Add(Path.Combine(staging, relative), entry.Hash, hasher);
    }

    /// <summary>Objects the cache lost (deleted by hand) are re-added from verified outputs.</summary>
    public void Backfill(StageInstance instance, OutListing listing)
    {
        foreach (var (relative, entry) in listing.Files.Where(f => !objects.Has(f.Value.Hash)))
            objects.Add(Path.Combine(paths.Full(instance.OutPath), relative), entry.Hash);
    }

    public void Promote(StageInstance instance, string staging, OutListing listing)
    {
        var target = paths.Full(instance.OutPath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        string? aside = null;
        if (Directory.Exists(target))
        {
            Directory.CreateDirectory(paths.Trash);
            aside = Path.Combine(paths.Trash, Guid.NewGuid().ToString("N"));
            Directory.Move(target, aside);
        }
        Directory.Move(staging, target);
        if (aside is not null) Directory.Delete(aside, recursive: true);
        // A rename keeps size, mtime and inode: teach the stat cache the promoted paths so status never rereads them.
        foreach (var (relative, entry) in listing.Files)
        {
            var path = Path.Combine(target, relative);
            hasher.StatCache.Store(path, FileStamp.Of(new FileInfo(path)), entry.Hash);
        }
    }
}
