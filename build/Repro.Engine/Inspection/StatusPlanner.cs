namespace Repro.Engine.Inspection;

/// <summary>Works out, without running anything, which instances are up to date, will run or may run. In
/// check mode (CI) only the lock counts: an instance whose key matches its lock entry is up to date even if
/// its outputs are not materialised, and its downstream keys are computed from the lock's recorded outs.</summary>
internal sealed class StatusPlanner
{
    private readonly Session _session;
    private readonly Materialiser _materialiser;

    public StatusPlanner(Session session)
    {
        _session = session;
        _materialiser = new Materialiser(session);
    }

    /// <summary>Outs known without running: what downstream keys are computed from.</summary>
    public Dictionary<StageInstance, IReadOnlyDictionary<string, OutSummary>> Known { get; } = [];

    public List<InstanceStatus> Plan(IReadOnlyList<StageInstance> instances, bool check)
    {
        var result = new List<InstanceStatus>();
        foreach (var instance in instances)
        {
            var waiting = instance.Upstream.FirstOrDefault(u => !Known.ContainsKey(u));
            var key = waiting is null ? _session.Keys.Build(instance, u => Known.GetValueOrDefault(u)) : null;
            result.Add(key is null
                ? new InstanceStatus(instance.Name, InstanceState.MayRun, $"upstream {waiting} will run")
                : Classify(instance, key, check));
        }
        return result;
    }

    private InstanceStatus Classify(StageInstance instance, InstanceKey key, bool check)
    {
        var locked = _session.Lock.Find(_session.Profile, instance.Name);
        var changes = KeyDiff.Describe(locked is null ? null : KeyRecord.FromLock(instance.Stage.Name, locked), key.Record,
            instance.Stage, h => key.FindListing(h, _session.Listings));
        var forced = _session.Options.Force && (_session.Options.Target is null || _session.Options.Target == instance.Stage.Name);
        if (forced) return new InstanceStatus(instance.Name, InstanceState.WillRun, "forced (--force)");
        var matchesLock = locked is not null && locked.Key == key.Key;
        if (check)
        {
            if (matchesLock) Known[instance] = locked!.Outs;
            return matchesLock ? new InstanceStatus(instance.Name, InstanceState.UpToDate, "key matches pipeline.lock.json")
                : new InstanceStatus(instance.Name, InstanceState.WillRun, string.Join("; ", changes));
        }
        var entry = _session.Runs.Find(key.Key);
        if (entry is not null && _materialiser.Matches(instance, entry.Outs))
        {
            Known[instance] = entry.Outs.Outs;
            return new InstanceStatus(instance.Name, matchesLock ? InstanceState.UpToDate : InstanceState.WillRun,
                matchesLock ? "up to date" : "outputs match, lock entry will be updated: " + string.Join("; ", changes));
        }
        if (entry is null && matchesLock && _materialiser.Adopt(instance, locked!.Outs) is not null)
        {
            Known[instance] = locked.Outs;
            return new InstanceStatus(instance.Name, InstanceState.UpToDate, "outputs match pipeline.lock.json (cache entry will be rebuilt)");
        }
        var restorable = entry is not null && entry.Outs.Files.Values.All(f => _session.Objects.Has(f.Hash));
        if (restorable)
        {
            Known[instance] = entry!.Outs.Outs;
            return matchesLock
                ? new InstanceStatus(instance.Name, InstanceState.UpToDate, "outputs missing or modified; will be restored from the cache")
                : new InstanceStatus(instance.Name, InstanceState.WillRun, string.Join("; ", changes) + " (restorable from the cache without running)");
        }
        return new InstanceStatus(instance.Name, InstanceState.WillRun,
            changes.Count > 0 ? string.Join("; ", changes) : "outputs missing or modified and not in the cache");
    }
}
