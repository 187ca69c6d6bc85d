namespace Repro.Engine.Planning;

/// <summary>Decides, for one instance and its key, what run will do: up to date, adopt, restore or run, with
/// the reason and the key differences. The one place this decision is made: run, status, dry-run, explain
/// and verify all ask it. It reads the outputs, the run-cache and the objects (hashing through the stat
/// cache, so a restore it promises finds intact objects) and writes nothing else.</summary>
internal sealed class Planner(OutputInspector outputs, RunCache runs, ObjectStore objects, ListingStore listings, TreeHasher hasher,
    string profile, RemoteCache? remote = null)
{
    public Decision Decide(StageInstance instance, InstanceKey key, LockEntry? locked, bool forced)
    {
        var changes = KeyChanges.Since(locked, instance, key, listings);
        var why = string.Join("; ", changes);
        var matchesLock = locked?.Key == key.Key;
        var entry = forced ? null : runs.Find(key.Key);
        if (entry is not null && outputs.Matches(instance, entry.Outs))
            return new Decision(PlannedAction.UpToDate, changes.Count == 0 ? "up to date" : "outputs already match: " + why, changes, entry, entry.Outs.Outs)
                { MatchesLock = matchesLock };
        if (entry is not null && entry.Outs.Files.Values.All(f => objects.IsIntact(f.Hash, hasher)))
        {
            var reason = entry.Instance != instance.Name ? $"same key as {entry.Instance}"
                : changes.Count > 0 ? why : "outputs were missing or modified";
            return new Decision(PlannedAction.Restore, reason, changes, entry, entry.Outs.Outs) { MatchesLock = matchesLock };
        }
        if (!forced && entry is null && matchesLock && outputs.Adopt(instance, locked!.Outs) is { } adopted)
        {
            var rebuilt = new RunCacheEntry(key.Key, instance.Name, adopted, locked.Provenance, profile);
            return new Decision(PlannedAction.Adopt, "outputs match pipeline.lock.json (cache entry rebuilt)", changes, rebuilt, adopted.Outs)
                { MatchesLock = true };
        }
        if (!forced && entry is null && remote?.FindEntry(key.Key, CancellationToken.None) is { } pulled)
        {
            var reason = $"in the run-cache of remote {remote.Describe}" + (changes.Count > 0 && locked is not null ? ": " + why : "");
            return new Decision(PlannedAction.Pull, reason, changes, pulled, pulled.Outs.Outs) { MatchesLock = matchesLock };
        }
        var because = forced ? "forced (--force)"
            : changes.Count > 0 ? why
            : entry is null ? "no cached result for this key (new clone or cleared cache)"
            : "cached objects missing or corrupt";
        return new Decision(PlannedAction.Run, because, changes, null, null) { MatchesLock = matchesLock };
    }

    /// <summary>Lock-only (status --check in CI, and what verify requires): an instance is current when its key,
    /// computed from its upstreams' locked outs, is the locked key, whether or not anything is materialised.</summary>
    public Decision DecideByLock(StageInstance instance, InstanceKey key, LockEntry? locked)
    {
        if (locked is not null && locked.Key == key.Key)
            return new Decision(PlannedAction.UpToDate, "key matches pipeline.lock.json", [], null, locked.Outs) { MatchesLock = true };
        var changes = KeyChanges.Since(locked, instance, key, listings);
        var why = changes.Count > 0 ? string.Join("; ", changes) : "key differs from the lock but no field does (the lock was edited by hand?)";
        return new Decision(PlannedAction.Run, why, changes, null, null) { MatchesLock = false };
    }

    /// <summary>What verify requires before it reproduces anything: the instance's own lock entry is current
    /// (code, params, path deps, outs). Its stage deps count as the entry records them, because verify feeds it
    /// its own reproductions of the upstreams and compares their outs instead.</summary>
    public Decision DecideByLockEntry(StageInstance instance, InstanceKey key, LockEntry? locked)
    {
        if (locked is null) return new Decision(PlannedAction.Run, KeyDiff.NoEntry, [KeyDiff.NoEntry], null, null) { MatchesLock = false };
        var deps = key.Record.Deps.ToDictionary(d => d.Key,
            d => instance.Deps.First(x => x.Label == d.Key).Upstream is null ? d.Value : locked.Deps.GetValueOrDefault(d.Key)?.Hash ?? d.Value,
            StringComparer.Ordinal);
        var changes = KeyChanges.Since(locked, instance, key.Record with { Deps = deps }, key, listings);
        return changes.Count == 0
            ? new Decision(PlannedAction.UpToDate, "lock entry is current", [], null, locked.Outs) { MatchesLock = true }
            : new Decision(PlannedAction.Run, string.Join("; ", changes), changes, null, null) { MatchesLock = false };
    }
}
