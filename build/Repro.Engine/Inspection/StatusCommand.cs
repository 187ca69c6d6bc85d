namespace Repro.Engine.Inspection;

/// <summary>`repro status` and `repro --dry-run`: the planner's decisions, with nothing run. Lock-only in
/// check mode (CI): an instance whose key matches its lock entry is up to date even if its outputs are not
/// materialised, and its downstream keys are computed from the lock's recorded outs.</summary>
public static class StatusCommand
{
    /// <param name="withRemote">Consult the run's remote as the run would (dry-run); status alone stays offline.</param>
    public static IReadOnlyList<InstanceStatus> Run(WorkspacePaths paths, RunOptions options, bool check, IEngineConsole console,
        bool withRemote = false)
    {
        var state = PipelineState.Load(paths, options, console);
        using var stores = CacheStores.Open(paths, console);
        using var remote = withRemote && !check ? RemoteSession.Open(paths, options, stores, console) : null;
        var plan = PlanningTools.For(state, stores, remote?.Cache).Plan(state, options, lockOnly: check);
        return plan.Walk(state.Selected).Select(Describe).ToList();
    }

    /// <summary>--check: exit 2 with a count when anything would run (documented in build/README.md).</summary>
    public static void Check(IReadOnlyList<InstanceStatus> statuses)
    {
        var stale = statuses.Count(s => s.State != InstanceState.UpToDate);
        if (stale > 0) throw RunErrors.NotUpToDate(stale);
    }

    private static InstanceStatus Describe(PlannedInstance planned)
    {
        var name = planned.Instance.Name;
        if (planned.Decision is not { } d) return new InstanceStatus(name, InstanceState.MayRun, $"upstream {planned.WaitingFor!.Name} will run", "may run");
        var why = string.Join("; ", d.Changes);
        return d.Action switch
        {
            PlannedAction.UpToDate when d.MatchesLock => new(name, InstanceState.UpToDate, d.Reason, "nothing"),
            PlannedAction.UpToDate => new(name, InstanceState.WillRun, "outputs match, lock entry will be updated: " + why, "record"),
            PlannedAction.Adopt => new(name, InstanceState.UpToDate, "outputs match pipeline.lock.json (cache entry will be rebuilt)", "adopt"),
            PlannedAction.Restore when d.MatchesLock => new(name, InstanceState.UpToDate, "outputs missing or modified; will be restored from the cache", "restore"),
            PlannedAction.Restore => new(name, InstanceState.WillRun, d.Reason + " (restorable from the cache without running)", "restore"),
            PlannedAction.Pull when d.MatchesLock => new(name, InstanceState.UpToDate, d.Reason + "; will be pulled", "pull"),
            PlannedAction.Pull => new(name, InstanceState.WillRun, d.Reason + " (pullable without running)", "pull"),
            _ => new(name, InstanceState.WillRun, d.Reason, "run"),
        };
    }
}
