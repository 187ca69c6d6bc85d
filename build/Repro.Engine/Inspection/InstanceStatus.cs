namespace Repro.Engine.Inspection;

/// <summary>One line of `repro status`.</summary>
public sealed record InstanceStatus(string Instance, InstanceState State, string Reason)
{
    public string StateText => State switch
    {
        InstanceState.UpToDate => "up to date",
        InstanceState.WillRun => "will run",
        _ => "may run",
    };
}
