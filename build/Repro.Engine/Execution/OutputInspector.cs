namespace Repro.Engine.Execution;

/// <summary>Reads the materialised outputs of an instance (through the stat cache) and says whether they are
/// exactly a listing; writes nothing. Files the engine itself keeps in an out folder (a stage's declared
/// run notes) are not outputs.</summary>
internal sealed class OutputInspector(WorkspacePaths paths, TreeHasher hasher)
{
    public bool Matches(StageInstance instance, OutListing listing)
    {
        var folder = paths.Full(instance.OutPath);
        if (!Directory.Exists(folder)) return false;
        var files = hasher.HashDirectory(folder, r => !IsEngineOwned(instance, r));
        return listing.SameFiles(files) && listing.Outs.Where(o => o.Value.Files is not null)
            .All(o => Directory.Exists(Path.Combine(folder, o.Key)));
    }

    /// <summary>The materialised outputs as a listing when they hold exactly the declared outs and summarise to
    /// <paramref name="locked"/> (a cleared or fresh cache with outputs still in place); otherwise null.</summary>
    public OutListing? Adopt(StageInstance instance, IReadOnlyDictionary<string, OutSummary> locked)
    {
        var folder = paths.Full(instance.OutPath);
        if (!Directory.Exists(folder) || !instance.Stage.Outs.Order(StringComparer.Ordinal).SequenceEqual(locked.Keys.Order(StringComparer.Ordinal)))
            return null;
        var files = hasher.HashDirectory(folder, r => !IsEngineOwned(instance, r));
        var listing = new OutListing(instance.Stage.Outs, files);
        var complete = listing.Files.Keys.All(f => instance.Stage.Outs.Any(o => f == o || f.StartsWith(o + "/", StringComparison.Ordinal)));
        return complete && listing.Outs.All(o => locked.TryGetValue(o.Key, out var l) && l == o.Value) ? listing : null;
    }

    private static bool IsEngineOwned(StageInstance instance, string relative) => relative == instance.Stage.RunNotes;
}
