namespace Repro.Engine.Inspection;

/// <summary>One line of `repro status`: where the instance stands against the lock, why, and what a run will
/// do for it (<see cref="Action"/>: nothing, record, adopt, restore, run, may run), as the planner decided.</summary>
public sealed record InstanceStatus(string Instance, InstanceState State, string Reason, string Action = "")
{
    public string StateText => State switch
    {
        InstanceState.UpToDate => "up to date",
        InstanceState.WillRun => "will run",
        _ => "may run",
    };
}
