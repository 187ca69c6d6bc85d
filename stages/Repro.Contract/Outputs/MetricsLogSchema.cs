namespace Repro.Contract;

/// <summary>Train's metrics.csv, as train writes it and report reads it: one row per D/G step under
/// <see cref="Header"/>, invariant numbers, step 1 first; the step's seed epoch (1-based) in the second column.</summary>
public static class MetricsLogSchema
{
    public const string FileName = "metrics.csv";

    public static readonly IReadOnlyList<string> Columns =
        ["step", "epoch", "d_loss_real", "d_loss_fake", "g_loss", "d_acc_real", "d_acc_fake", "d_real_mean", "d_fake_mean"];

    public static readonly string Header = string.Join(',', Columns);
}
