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

    /// <summary>The inverse of <see cref="ToCsv"/> (rows restored from a resume checkpoint are text).</summary>
    public static IterationMetrics FromCsv(string row)
    {
        var v = row.Split(',');
        if (v.Length != 8) throw new FormatException($"a metrics row has 8 fields, not {v.Length}: '{row}'");
        float P(int i) => float.Parse(v[i], NumberStyles.Float, CultureInfo.InvariantCulture);
        return new IterationMetrics(int.Parse(v[0], CultureInfo.InvariantCulture), P(1), P(2), P(3), P(4), P(5), P(6), P(7));
    }

    private static string F(float value) => value.ToString("R", CultureInfo.InvariantCulture);
}
