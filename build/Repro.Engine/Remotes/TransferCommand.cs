namespace Repro.Engine.Remotes;

/// <summary>`repro push`, `repro fetch` and `repro pull` for the selected instances' lock entries. Push sends
/// what the local cache holds for them; fetch brings what the remote holds into the local cache; pull also
/// materialises it. With a TARGET, fetch and pull bring only the target stage's instances (its outputs, not
/// every checkpoint upstream) and say what they skipped.</summary>
public static class TransferCommand
{
    public static IReadOnlyList<string> Push(WorkspacePaths paths, RunOptions options, IEngineConsole console, CancellationToken cancellation)
    {
        using var guard = WorkspaceGuard.Acquire(paths, !options.NoWait, console, cancellation);
        var state = PipelineState.Load(paths, options, console);
        using var stores = CacheStores.Open(paths, console);
        using var remote = RemoteSession.Require(paths, options.Remote, stores, console);
        var entries = new List<RunCacheEntry>();
        var lines = new List<string>();
        foreach (var instance in state.Selected)
        {
            var locked = state.Locked(instance);
            var entry = locked is null ? null : stores.Runs.Find(locked.Key);
            if (entry is null) lines.Add($"skipped {instance.Name}: {(locked is null ? "no lock entry" : "its result is not in the local cache")}; run it first");
            else if (entries.All(e => e.Key != entry.Key)) entries.Add(entry);
        }
        // The folder listings explain uses: of folder deps, and of each out listing (a downstream instance's dep).
        var listings = state.Selected.Select(state.Locked).OfType<LockEntry>().SelectMany(l => l.Deps.Values).Select(d => d.Hash)
            .Concat(entries.Select(e => e.Outs.Hash))
            .Select(h => Path.Combine(paths.Listings, h + ".json")).Where(File.Exists).Distinct().ToList();
        var summary = remote.Cache.Push(entries, listings, cancellation);
        return [$"{summary.Describe("pushed")} to {remote.Cache.Describe} ({entries.Count} run-cache entr{(entries.Count == 1 ? "y" : "ies")})", .. lines];
    }

    public static IReadOnlyList<string> Fetch(WorkspacePaths paths, RunOptions options, IEngineConsole console, CancellationToken cancellation,
        bool materialise)
    {
        using var guard = WorkspaceGuard.Acquire(paths, !options.NoWait, console, cancellation);
        var state = PipelineState.Load(paths, options, console);
        using var stores = CacheStores.Open(paths, console);
        using var remote = RemoteSession.Require(paths, options.Remote, stores, console);
        PipelineRunner.ClearScratch(paths);
        var chosen = options.Target is null ? state.Selected : state.Selected.Where(i => i.Stage.Name == options.Target).ToList();
        var lines = new List<string>();
        var wanted = new List<(StageInstance Instance, RunCacheEntry Entry)>();
        foreach (var instance in chosen)
        {
            var locked = state.Locked(instance);
            var entry = locked is null ? null : stores.Runs.Find(locked.Key) ?? remote.Cache.FindEntry(locked.Key, cancellation);
            if (entry is null) lines.Add($"not found {instance.Name}: {(locked is null ? "no lock entry in profile " + state.Profile : "the remote has no result for its locked key")}");
            else wanted.Add((instance, entry));
        }
        var summary = remote.Cache.Fetch(wanted.Select(w => w.Entry).DistinctBy(e => e.Key).ToList(), cancellation);
        lines.Insert(0, $"{summary.Describe("fetched")} from {remote.Cache.Describe}");
        if (materialise) lines.InsertRange(1, Materialise(state, stores, wanted));
        var skipped = state.Selected.Count - chosen.Count;
        if (skipped > 0) lines.Add($"skipped {skipped} upstream instance(s) of {options.Target} (not needed for its outputs; pull without a target to bring them)");
        return lines;
    }

    /// <summary>`repro status --remote`: per selected instance, where its locked result is.</summary>
    public static IReadOnlyList<string> Where(WorkspacePaths paths, RunOptions options, IEngineConsole console, CancellationToken cancellation)
    {
        var state = PipelineState.Load(paths, options, console);
        using var stores = CacheStores.Open(paths, console);
        using var remote = RemoteSession.Require(paths, options.Remote, stores, console);
        var remoteKeys = remote.Cache.RunKeys(cancellation);
        var width = state.Selected.Max(i => i.Name.Length);
        return [$"Locked results of profile {state.Profile}: this machine's cache and {remote.Cache.Describe}", .. state.Selected.Select(instance =>
        {
            var key = state.Locked(instance)?.Key;
            var where = key is null ? "no lock entry"
                : (stores.Runs.Find(key) is not null, remoteKeys.Contains(key)) switch
                {
                    (true, true) => "both",
                    (true, false) => "local only",
                    (false, true) => "remote only",
                    _ => "neither",
                };
            return $"  {instance.Name.PadRight(width)}  {where}";
        })];
    }

    private static IEnumerable<string> Materialise(PipelineState state, CacheStores stores, IEnumerable<(StageInstance Instance, RunCacheEntry Entry)> wanted)
    {
        var outputs = new OutputInspector(state.Paths, stores.Hasher);
        var materialiser = new Materialiser(state.Paths, stores.Objects, stores.Hasher);
        foreach (var (instance, entry) in wanted)
        {
            if (outputs.Matches(instance, entry.Outs))
            {
                yield return $"up to date {instance.Name}";
                continue;
            }
            var staging = materialiser.Restore(instance, entry.Outs) ?? throw RunErrors.PulledButDamaged(instance.Name);
            materialiser.Promote(instance, staging, entry.Outs);
            yield return $"materialised {instance.Name} -> {instance.OutPath}";
        }
    }
}
