namespace Repro.Engine.Execution;

/// <summary>Carries out the planner's <see cref="Decision"/> for one instance and returns the run-cache entry
/// that now describes its materialised outputs. A restore that finds an object damaged after all (changed
/// since it was planned) falls back to running the stage.</summary>
internal sealed class InstanceSettler(Materialiser materialiser, StageExecutor executor, RunCache runs, WorkspacePaths paths, IEngineConsole console,
    RemoteCache? remote = null)
{
    public (Outcome Outcome, string Reason, RunCacheEntry Entry) Settle(StageInstance instance, InstanceKey key, Decision decision,
        CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        switch (decision.Action)
        {
            case PlannedAction.UpToDate:
                materialiser.Backfill(instance, decision.Entry!.Outs);
                return (Outcome.Cached, decision.Reason, decision.Entry);
            case PlannedAction.Adopt:
                materialiser.Backfill(instance, decision.Entry!.Outs);
                runs.Add(decision.Entry);
                return (Outcome.Cached, decision.Reason, decision.Entry);
            case PlannedAction.Restore when materialiser.Restore(instance, decision.Entry!.Outs) is { } restored:
                materialiser.Promote(instance, restored, decision.Entry.Outs);
                return (Outcome.Restored, decision.Reason, decision.Entry);
            case PlannedAction.Restore:
                return (Outcome.Ran, "cached objects missing or corrupt", Run(instance, key, cancellation));
            case PlannedAction.Pull:
                console.Line($"Pulling {instance.Name} from {remote!.Describe}...");
                remote.Fetch([decision.Entry!], cancellation);
                var fetched = materialiser.Restore(instance, decision.Entry!.Outs) ?? throw RunErrors.PulledButDamaged(instance.Name);
                materialiser.Promote(instance, fetched, decision.Entry.Outs);
                return (Outcome.Pulled, decision.Reason, decision.Entry);
            default:
                return (Outcome.Ran, decision.Reason, Run(instance, key, cancellation));
        }
    }

    private RunCacheEntry Run(StageInstance instance, InstanceKey key, CancellationToken cancellation)
    {
        console.Line($"Running {instance.Name}...");
        var staging = materialiser.NewStaging(instance);
        var resume = Path.Combine(paths.Resume, key.Key);
        try
        {
            var result = executor.Execute(instance, key, key.DepPaths, staging, resume, cancellation);
            materialiser.Store(staging, result.Outs);
            var entry = new RunCacheEntry(key.Key, instance.Name, result.Outs, result.Provenance);
            runs.Add(entry);
            materialiser.Promote(instance, staging, result.Outs);
            if (Directory.Exists(resume)) Directory.Delete(resume, recursive: true);
            return entry;
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }
}
