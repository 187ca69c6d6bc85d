namespace Repro.Pipeline.Benchmarks;

/// <summary>One row of outputs/.repro/last-run.json.</summary>
internal sealed record InstanceRecord(string Instance, string Outcome, string Reason, double Seconds)
{
    public string Stage => Instance.Split('@')[0];
}
