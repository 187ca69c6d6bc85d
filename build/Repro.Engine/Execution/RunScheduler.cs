using System.Diagnostics;

namespace Repro.Engine.Execution;

/// <summary>Settles the selected instances in plan order, running up to --jobs stage processes at once. Keys,
/// decisions, storing, promotion and the lock stay on this one thread (their one writer); only the stage
/// processes run concurrently, and only while their declared cores and GPUs fit what the executor offers
/// (<see cref="ResourcePool"/>; an instance wanting more than there is runs alone). An instance whose key is already running waits for it, then restores its result: identical
/// keys run once. After a failure nothing new starts, unless --keep-going, which still runs what does not
/// depend on the failure. Results are reported in plan order whatever finished first.</summary>
internal sealed class RunScheduler(PipelineState state, PlanningTools tools, InstanceSettler settler, LockRecorder recorder,
    CacheStores stores, RunOptions options, ExecutorCapacity capacity, CancellationToken cancellation)
{
    private readonly ResourcePool _pool = new(capacity);
    private readonly Dictionary<StageInstance, OutListing> _settled = [];
    private readonly Dictionary<StageInstance, string> _failedRoot = [];
    private readonly Dictionary<StageInstance, InstanceResult> _results = [];
    private readonly List<Running> _running = [];
    private ReproException? _failure;

    public (RunReport Report, ReproException? Failure) Run()
    {
        var pending = state.Selected.ToList();
        while (pending.Count > 0 || _running.Count > 0)
        {
            var started = StartReady(pending);
            if (_running.Count > 0 && !started) CompleteOne();
            else if (_running.Count == 0 && !started) break;
        }
        foreach (var instance in pending.Where(i => !_results.ContainsKey(i)))
            _results[instance] = new InstanceResult(instance.Name, Outcome.Skipped, "not started after the failure above", TimeSpan.Zero, []);
        var report = new RunReport(state.Profile);
        foreach (var instance in state.Selected) report.Add(_results[instance]);
        return (report, _failure);
    }

    /// <summary>Starts or settles every pending instance that can go now; true when any did.</summary>
    private bool StartReady(List<StageInstance> pending)
    {
        var progress = false;
        foreach (var instance in pending.ToList())
        {
            if (Skip(instance) is { } why)
            {
                _results[instance] = new InstanceResult(instance.Name, Outcome.Skipped, why, TimeSpan.Zero, []);
                // Its dependents are skipped for the same root failure.
                if (instance.Upstream.FirstOrDefault(_failedRoot.ContainsKey) is { } failed) _failedRoot[instance] = _failedRoot[failed];
                pending.Remove(instance);
                progress = true;
                continue;
            }
            if (instance.Upstream.Any(u => !_settled.ContainsKey(u))) continue;
            var watch = Stopwatch.StartNew();
            ResourceGrant? grant = null;
            try
            {
                var key = tools.Keys.Build(instance, u => _settled[u].Outs)!;
                if (_running.Any(r => r.Run.Key.Key == key.Key)) continue;   // the same key is running: take its result after
                var decision = tools.Planner.Decide(instance, key, state.Locked(instance), options.Forces(instance.Stage.Name));
                var request = instance.Stage.Resources.For(key.Params);
                if (decision.Action == PlannedAction.Run && (grant = Take(request)) is null) continue;   // decided again when a run ends
                var (outcome, reason, entry) = settler.SettleWithoutRunning(instance, decision, cancellation);
                if (entry is null && grant is null && (grant = Take(request)) is null) continue;
                pending.Remove(instance);
                progress = true;
                if (entry is not null)
                {
                    Release(ref grant);
                    Settle(instance, key, outcome, reason, entry, decision.Changes, watch);
                    continue;
                }
                var run = settler.Prepare(instance, key, grant!);
                // A thread of its own: a stage run blocks for minutes, and must start now, not when the pool has a thread.
                var execution = Task.Factory.StartNew(() => settler.Execute(run, cancellation), CancellationToken.None, TaskCreationOptions.LongRunning,
                    TaskScheduler.Default);
                _running.Add(new Running(run, reason, decision.Changes, watch, execution));
            }
            catch (Exception e) when (e is ReproException or OperationCanceledException)
            {
                Release(ref grant);
                pending.Remove(instance);
                Fail(instance, e, watch);
                progress = true;
            }
        }
        return progress;
    }

    /// <summary>The resources for one more stage process, if --jobs and the pool allow it now.</summary>
    private ResourceGrant? Take(ResourceRequest request) => _running.Count < Math.Max(1, options.Jobs) ? _pool.TryTake(request) : null;

    private void Release(ref ResourceGrant? grant)
    {
        if (grant is not null) _pool.Release(grant);
        grant = null;
    }

    /// <summary>Why an instance will not start: an earlier failure (without --keep-going), or a failed upstream.</summary>
    private string? Skip(StageInstance instance)
    {
        if (instance.Upstream.FirstOrDefault(_failedRoot.ContainsKey) is { } failed)
            return $"not started: upstream {_failedRoot[failed]} failed";
        if (_failure is not null && !options.KeepGoing) return "not started after the failure above";
        return null;
    }

    private void CompleteOne()
    {
        var index = Task.WaitAny(_running.Select(r => (Task)r.Task).ToArray());
        var done = _running[index];
        _running.RemoveAt(index);
        _pool.Release(done.Run.Grant);
        try
        {
            var result = done.Task.GetAwaiter().GetResult();
            var entry = settler.Complete(done.Run, result);
            Settle(done.Run.Instance, done.Run.Key, Outcome.Ran, done.Reason, entry, done.Changes, done.Watch);
        }
        catch (Exception e) when (e is ReproException or OperationCanceledException)
        {
            InstanceSettler.Abandon(done.Run);
            Fail(done.Run.Instance, e, done.Watch);
        }
    }

    private void Settle(StageInstance instance, InstanceKey key, Outcome outcome, string reason, RunCacheEntry entry,
        IReadOnlyList<string> changes, Stopwatch watch)
    {
        _settled[instance] = entry.Outs;
        stores.Listings.Add(entry.Outs.Hash, entry.Outs.Files);
        foreach (var (hash, files) in key.Listings) stores.Listings.Add(hash, files);
        if (recorder.Record(instance, key, entry) is { } drift) reason += "; " + drift;
        _results[instance] = new InstanceResult(instance.Name, outcome, reason, watch.Elapsed, changes);
    }

    private void Fail(StageInstance instance, Exception e, Stopwatch watch)
    {
        var failure = e as ReproException ?? RunErrors.Cancelled();
        _failure ??= failure;
        _failedRoot[instance] = instance.Name;
        _results[instance] = new InstanceResult(instance.Name, Outcome.Failed, failure.Message.Split('\n')[0], watch.Elapsed, []);
    }

    private sealed record Running(PendingRun Run, string Reason, IReadOnlyList<string> Changes, Stopwatch Watch, Task<StageResult> Task);
}
