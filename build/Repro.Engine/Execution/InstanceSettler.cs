namespace Repro.Engine.Execution;

/// <summary>Carries out the planner's <see cref="Decision"/> for one instance. Everything but running a stage
/// settles at once (<see cref="SettleWithoutRunning"/>); a run is prepared, executed (the only part that may
/// happen on another thread, several at a time) and completed, which stores and promotes its outputs. A restore
/// that finds an object damaged after all (changed since it was planned) falls back to running the stage.</summary>
internal sealed class InstanceSettler(Materialiser materialiser, StageExecutor executor, RunCache runs, WorkspacePaths paths, IEngineConsole console,
    string profile, RemoteCache? remote = null)
{
    /// <returns>The outcome, or null when the stage must run (with the reason the run will give).</returns>
    public (Outcome Outcome, string Reason, RunCacheEntry? Entry) SettleWithoutRunning(StageInstance instance, Decision decision,
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
                return (Outcome.Ran, "cached objects missing or corrupt", null);
            case PlannedAction.Pull:
                console.Line($"Pulling {instance.Name} from {remote!.Describe}...");
                remote.Fetch([decision.Entry!], cancellation);
                var fetched = materialiser.Restore(instance, decision.Entry!.Outs) ?? throw RunErrors.PulledButDamaged(instance.Name);
                materialiser.Promote(instance, fetched, decision.Entry.Outs);
                return (Outcome.Pulled, decision.Reason, decision.Entry);
            default:
                return (Outcome.Ran, decision.Reason, null);
        }
    }

    /// <summary>A fresh staging folder and the key's resume folder for the stage process.</summary>
    public PendingRun Prepare(StageInstance instance, InstanceKey key, ResourceGrant grant)
    {
        console.Line($"Running {instance.Name}...");
        return new PendingRun(instance, key, materialiser.NewStaging(instance), Path.Combine(paths.Resume, key.Key), grant);
    }

    /// <summary>Runs the stage process; touches nothing but the run's staging and resume folders.</summary>
    public StageResult Execute(PendingRun run, CancellationToken cancellation) =>
        executor.Execute(run.Instance, run.Key, run.Key.DepPaths, run.Staging, run.Resume, run.Grant, cancellation);

    /// <summary>Stores the result's objects, writes its run-cache entry, promotes it into outputs/.</summary>
    public RunCacheEntry Complete(PendingRun run, StageResult result)
    {
        try
        {
            materialiser.Store(run.Staging, result.Outs);
            var entry = new RunCacheEntry(run.Key.Key, run.Instance.Name, result.Outs, result.Provenance, profile);
            runs.Add(entry);
            materialiser.Promote(run.Instance, run.Staging, result.Outs);
            if (Directory.Exists(run.Resume)) Directory.Delete(run.Resume, recursive: true);
            return entry;
        }
        finally
        {
            Abandon(run);
        }
    }

    /// <summary>Removes what a failed or cancelled run left in staging (the resume folder stays for a rerun).</summary>
    public static void Abandon(PendingRun run)
    {
        if (Directory.Exists(run.Staging)) Directory.Delete(run.Staging, recursive: true);
    }
}
