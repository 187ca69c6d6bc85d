using Repro.Contract;
using System.Globalization;

namespace Repro.Gan.Training;

/// <summary>One D/G step's numbers, as computed by the forward passes of that step's three updates (before
/// each update, like Keras' train_on_batch), with the seed's epoch it belongs to (1-based). Accuracies are
/// against HARD labels (threshold 0.5). metrics.csv is these rows under <see cref="CsvHeader"/>.</summary>
internal readonly record struct IterationMetrics(
    int Iteration, int Epoch, float DLossReal, float DLossFake, float GLoss,
    float DAccReal, float DAccFake, float DRealMean, float DFakeMean)
{
    public static readonly string CsvHeader = MetricsLogSchema.Header;

    public bool LossesFinite => float.IsFinite(DLossReal) && float.IsFinite(DLossFake) && float.IsFinite(GLoss);

    /// <summary>Invariant culture and round-trippable floats: the same run writes the same bytes.</summary>
    public string ToCsv() => string.Join(',',
        Iteration.ToString(CultureInfo.InvariantCulture), Epoch.ToString(CultureInfo.InvariantCulture), F(DLossReal), F(DLossFake), F(GLoss),
        F(DAccReal), F(DAccFake), F(DRealMean), F(DFakeMean));

    /// <summary>The inverse of <see cref="ToCsv"/> (rows restored from a resume checkpoint are text).</summary>
    public static IterationMetrics FromCsv(string row)
    {
        var v = row.Split(',');
        if (v.Length != MetricsLogSchema.Columns.Count)
            throw new FormatException($"a metrics row has {MetricsLogSchema.Columns.Count} fields, not {v.Length}: '{row}'");
        float P(int i) => float.Parse(v[i], NumberStyles.Float, CultureInfo.InvariantCulture);
        int I(int i) => int.Parse(v[i], CultureInfo.InvariantCulture);
        return new IterationMetrics(I(0), I(1), P(2), P(3), P(4), P(5), P(6), P(7), P(8));
    }

    private static string F(float value) => value.ToString("R", CultureInfo.InvariantCulture);
}
