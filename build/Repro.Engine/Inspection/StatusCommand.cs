namespace Repro.Engine.Inspection;

/// <summary>`repro status` and `repro --dry-run`: the plan, with nothing run.</summary>
public static class StatusCommand
{
    public static IReadOnlyList<InstanceStatus> Run(WorkspacePaths paths, RunOptions options, bool check, IEngineConsole console)
    {
        using var session = Session.Open(paths, options, console);
        return new StatusPlanner(session).Plan(session.Selected, check);
    }

    /// <summary>--check: exit 2 with a count when anything would run (documented in build/README.md).</summary>
    public static void Check(IReadOnlyList<InstanceStatus> statuses)
    {
        var stale = statuses.Count(s => s.State != InstanceState.UpToDate);
        if (stale > 0) throw RunErrors.NotUpToDate(stale);
    }
}
