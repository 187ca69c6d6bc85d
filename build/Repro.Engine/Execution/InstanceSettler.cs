namespace Repro.Engine.Execution;

/// <summary>Decides and does the cheapest correct thing for one stage instance: its outputs already match its
/// key (cached), the run-cache knows the key and every object checks out (restored, no process), or the
/// stage runs. Returns the run-cache entry that now describes the materialised outputs.</summary>
internal sealed class InstanceSettler
{
    private readonly Session _session;
    private readonly Materialiser _materialiser;
    private readonly StageExecutor _executor;
    private readonly CancellationToken _cancellation;

    public InstanceSettler(Session session, CancellationToken cancellation)
    {
        _session = session;
        _materialiser = new Materialiser(session);
        _executor = new StageExecutor(session);
        _cancellation = cancellation;
    }

    public (Outcome Outcome, string Reason, IReadOnlyList<string> Changes, RunCacheEntry Entry) Settle(StageInstance instance, InstanceKey key)
    {
        _cancellation.ThrowIfCancellationRequested();
        var forced = _session.Options.Force && (_session.Options.Target is null || _session.Options.Target == instance.Stage.Name);
        var locked = _session.Lock.Find(_session.Profile, instance.Name);
        var changes = KeyDiff.Describe(locked is null ? null : KeyRecord.FromLock(instance.Stage.Name, locked), key.Record,
            instance.Stage, h => key.FindListing(h, _session.Listings));
        var why = string.Join("; ", changes);
        var entry = forced ? null : _session.Runs.Find(key.Key);
        if (entry is not null && _materialiser.Matches(instance, entry.Outs))
        {
            _materialiser.Backfill(instance, entry.Outs);
            return (Outcome.Cached, changes.Count == 0 ? "up to date" : "outputs already match: " + why, changes, entry);
        }
        if (entry is not null && _materialiser.Restore(instance, entry.Outs) is { } restored)
        {
            _materialiser.Promote(instance, restored, entry.Outs);
            var reason = entry.Instance != instance.Name ? $"same key as {entry.Instance}"
                : changes.Count > 0 ? why : "outputs were missing or modified";
            return (Outcome.Restored, reason, changes, entry);
        }
        if (!forced && entry is null && locked?.Key == key.Key && _materialiser.Adopt(instance, locked.Outs) is { } adopted)
        {
            // The cache was cleared (or never filled here) but the outputs are exactly what the lock recorded.
            var rebuilt = new RunCacheEntry(key.Key, instance.Name, adopted, locked.Provenance);
            _materialiser.Backfill(instance, adopted);
            _session.Runs.Add(rebuilt);
            return (Outcome.Cached, "outputs match pipeline.lock.json (cache entry rebuilt)", changes, rebuilt);
        }
        var because = forced ? "forced (--force)"
            : changes.Count > 0 ? why
            : entry is null ? "no cached result for this key (new clone or cleared cache)"
            : "cached objects missing or corrupt";
        return (Outcome.Ran, because, changes, Run(instance, key));
    }

    private RunCacheEntry Run(StageInstance instance, InstanceKey key)
    {
        _session.Console.Line($"Running {instance.Name}...");
        var staging = _materialiser.NewStaging(instance);
        var resume = Path.Combine(_session.Paths.Resume, key.Key);
        try
        {
            var result = _executor.Execute(instance, key, key.DepPaths, staging, resume, _cancellation);
            _materialiser.Store(staging, result.Outs);
            var entry = new RunCacheEntry(key.Key, instance.Name, result.Outs, result.Provenance);
            _session.Runs.Add(entry);
            _materialiser.Promote(instance, staging, result.Outs);
            if (Directory.Exists(resume)) Directory.Delete(resume, recursive: true);
            return entry;
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }
}
