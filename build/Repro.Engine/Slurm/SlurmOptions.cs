namespace Repro.Engine.Slurm;

/// <summary>`--executor slurm [--partition P] [--retries K]`: where jobs go (null: the cluster's default
/// partition) and how often a job that failed, was cancelled or preempted is resubmitted.</summary>
public sealed record SlurmOptions(string? Partition = null, int Retries = SlurmOptions.DefaultRetries)
{
    public const int DefaultRetries = 2;
}
