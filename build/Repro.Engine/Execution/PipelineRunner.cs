using System.Diagnostics;

namespace Repro.Engine.Execution;

/// <summary>`repro [TARGET]`: for each selected instance in topological order, the planner decides and the
/// settler does it (cached, restored or ran); its lock entry is written as soon as it settles. Stops at the
/// first failure, leaving everything the failed instance would have touched as it was.</summary>
public static class PipelineRunner
{
    public static RunReport Run(WorkspacePaths paths, RunOptions options, IEngineConsole console, CancellationToken cancellation) =>
        Run(paths, options, console, new LocalProcessRunner(), cancellation);

    internal static RunReport Run(WorkspacePaths paths, RunOptions options, IEngineConsole console, IStageRunner runner,
        CancellationToken cancellation)
    {
        using var guard = WorkspaceGuard.Acquire(paths, !options.NoWait, console, cancellation);
        var state = PipelineState.Load(paths, options, console);
        using var stores = CacheStores.Open(paths, console);
        ClearScratch(paths);
        using var remote = RemoteSession.Open(paths, options, stores, console);
        var tools = PlanningTools.For(state, stores, remote?.Cache);
        var materialiser = new Materialiser(paths, stores.Objects, stores.Hasher);
        var settler = new InstanceSettler(materialiser, new StageExecutor(runner, paths, console, options.Verbose), stores.Runs, paths, console,
            remote?.Cache);
        var recorder = new LockRecorder(state);
        var report = new RunReport(state.Profile);
        var settled = new Dictionary<StageInstance, OutListing>();
        ReproException? failure = null;
        foreach (var instance in state.Selected)
        {
            if (failure is not null)
            {
                report.Add(new InstanceResult(instance.Name, Outcome.Skipped, "not started after the failure above", TimeSpan.Zero, []));
                continue;
            }
            var watch = Stopwatch.StartNew();
            try
            {
                var key = tools.Keys.Build(instance, u => settled[u].Outs)!;
                var decision = tools.Planner.Decide(instance, key, state.Locked(instance), options.Forces(instance.Stage.Name));
                var (outcome, reason, entry) = settler.Settle(instance, key, decision, cancellation);
                settled[instance] = entry.Outs;
                stores.Listings.Add(entry.Outs.Hash, entry.Outs.Files);
                foreach (var (hash, files) in key.Listings) stores.Listings.Add(hash, files);
                if (recorder.Record(instance, key, entry) is { } drift) reason += "; " + drift;
                report.Add(new InstanceResult(instance.Name, outcome, reason, watch.Elapsed, decision.Changes));
            }
            catch (Exception e) when (e is ReproException or OperationCanceledException)
            {
                failure = e as ReproException ?? RunErrors.Cancelled();
                report.Add(new InstanceResult(instance.Name, Outcome.Failed, failure.Message.Split('\n')[0], watch.Elapsed, []));
            }
        }
        Finish(state, report, failed: failure is not null, console);
        return failure is null ? report : throw failure;
    }

    private static void Finish(PipelineState state, RunReport report, bool failed, IEngineConsole console)
    {
        AtomicFile.WriteAllText(state.Paths.LastRun, report.ToJson());
        // Run notes describe a completed run; a failed one leaves the last ones (and whatever links them) alone.
        if (!failed) RunNotes.Write(state, report);
        console.Summary(report);
    }

    /// <summary>Staging, trash and half-downloaded objects left by a killed run or pull are garbage: no command
    /// holds the guard but this one.</summary>
    internal static void ClearScratch(WorkspacePaths paths)
    {
        foreach (var folder in new[] { paths.Staging, paths.Trash, paths.Transfers }.Where(Directory.Exists))
            Directory.Delete(folder, recursive: true);
    }
}
