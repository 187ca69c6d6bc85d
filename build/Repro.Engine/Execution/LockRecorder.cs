namespace Repro.Engine.Execution;

/// <summary>The lock's one writer during a run: records each instance's entry as soon as it settles.
/// Reproducing a result is not changing it: an entry whose key and outs are the lock's keeps the provenance of
/// the run that first recorded it, so a run on another machine leaves the lock byte-identical.</summary>
internal sealed class LockRecorder(PipelineState state)
{
    /// <returns>Why the entry changed although its key did not (other bits from the same inputs), or null.</returns>
    public string? Record(StageInstance instance, InstanceKey key, RunCacheEntry entry)
    {
        var locked = state.Locked(instance);
        var reproduced = locked?.SameResult(key.Key, entry.Outs.Outs) == true;
        state.Lock.Save(state.Profile, instance.Name, new LockEntry(key.Key, key.Record.Code, key.Params, key.Deps,
            entry.Outs.Outs, reproduced ? locked!.Provenance : entry.Provenance,
            MetricReader.Values(state.Paths.Full(instance.OutPath), instance.Stage.Metrics)));
        return locked?.Key == key.Key && !reproduced ? LockDrift.Describe(locked, entry) : null;
    }
}
