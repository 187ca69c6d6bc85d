namespace Repro.Engine.Execution;

/// <summary>`repro [TARGET]`: for each selected instance in topological order, the planner decides and the
/// settler does it (cached, restored, pulled or ran), up to --jobs stage processes at once
/// (<see cref="RunScheduler"/>); its lock entry is written as soon as it settles. A failure leaves everything
/// the failed instance would have touched as it was.</summary>
public static class PipelineRunner
{
    public static RunReport Run(WorkspacePaths paths, RunOptions options, IEngineConsole console, CancellationToken cancellation) =>
        Run(paths, options, console, options.Slurm is { } slurm ? SlurmRunner.Connect(paths, slurm, console) : new LocalProcessRunner(), cancellation);

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
            state.Profile, remote?.Cache);
        var recorder = new LockRecorder(state);
        var (report, failure) = new RunScheduler(state, tools, settler, recorder, stores, options, runner.Capacity, cancellation).Run();
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
