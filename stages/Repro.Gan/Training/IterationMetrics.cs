using System.Globalization;

namespace Repro.Gan.Training;

/// <summary>One iteration's numbers, as computed by the forward passes of that iteration's three updates
/// (before each update, like Keras' train_on_batch). Accuracies are against HARD labels (threshold 0.5).</summary>
internal readonly record struct IterationMetrics(
    int Iteration, float DLossReal, float DLossFake, float GLoss,
    float DAccReal, float DAccFake, float DRealMean, float DFakeMean)
{
    public const string CsvHeader = "iteration,d_loss_real,d_loss_fake,g_loss,d_acc_real,d_acc_fake,d_real_mean,d_fake_mean";

    /// <summary>Invariant culture and round-trippable floats: the same run writes the same bytes.</summary>
    public string ToCsv() => string.Join(',',
        Iteration.ToString(CultureInfo.InvariantCulture), F(DLossReal), F(DLossFake), F(GLoss),
        F(DAccReal), F(DAccFake), F(DRealMean), F(DFakeMean));

    private static string F(float value) => value.ToString("R", CultureInfo.InvariantCulture);
}
