using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Repro.Gan.Training;

namespace Repro.Train.Outputs;

/// <summary>summary.json: where the run ended, as the mean and standard deviation of each metrics.csv column
/// over the last <see cref="TailShare"/> of D/G steps. The std is the run's own noise: stage.json publishes
/// these means as metrics with a tolerance of k std, which is how `repro verify` compares runs whose bits
/// cannot match (another numerics class, a GPU).</summary>
internal static class SummaryFile
{
    public const double TailShare = 0.2;

    public static void Write(string path, IReadOnlyList<IterationMetrics> rows)
    {
        var tail = rows.Skip(rows.Count - Math.Max(1, (int)Math.Ceiling(rows.Count * TailShare))).ToList();
        var columns = new (string Name, Func<IterationMetrics, double> Value)[]
        {
            ("dLossReal", m => m.DLossReal), ("dLossFake", m => m.DLossFake), ("gLoss", m => m.GLoss),
            ("dAccReal", m => m.DAccReal), ("dAccFake", m => m.DAccFake), ("dRealMean", m => m.DRealMean), ("dFakeMean", m => m.DFakeMean),
        };
        var stats = new JObject();
        foreach (var (name, value) in columns.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            var values = tail.Select(value).ToList();
            var mean = values.Average();
            var std = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, values.Count - 1));
            stats[name] = new JObject { ["mean"] = Round(mean), ["std"] = Round(std) };
        }
        var summary = new JObject
        {
            ["steps"] = rows.Count == 0 ? 0 : rows[^1].Iteration,
            ["tail"] = stats,
            ["tailSteps"] = tail.Count,
            ["tailShare"] = TailShare,
        };
        CanonicalJson.Write(path, summary, KeyOrder.AsWritten);
    }

    /// <summary>Nine significant digits: plenty for comparison, and the same text for the same doubles.</summary>
    private static double Round(double value) => double.Parse(value.ToString("G9", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
