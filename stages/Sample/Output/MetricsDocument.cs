using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Repro.Contract;
using Repro.Sample.Metrics;
using Repro.Sample.Params;

namespace Repro.Sample.Output;

/// <summary>metrics.json: definitions, the training baselines, the real-vs-real noise floor, every snapshot,
/// the final generator (the last snapshot) and the best snapshot by KID. Numbers are rounded to 6 significant
/// digits and written with LF and fixed indentation, so the bytes are stable.</summary>
internal static class MetricsDocument
{
    public static JObject Build(SampleParams p, TrainingReference training, SetMetrics realVsReal,
        IReadOnlyList<SnapshotResult> snapshots)
    {
        var final = snapshots[^1];
        var best = snapshots.OrderBy(s => s.Eval.Kid.Mean).ThenBy(s => s.Epoch).First();
        return new JObject
        {
            ["definitions"] = MetricDefinitions.Json(p),
            ["training"] = new JObject
            {
                ["images"] = training.Vectors.Length,
                ["halves"] = new JArray(training.HalfA.Length, training.HalfB.Length),
                ["meanPairwiseDistance"] = Round(training.Diversity),
                ["memorisationThreshold"] = Round(training.Baseline.Threshold),
                ["leaveOneOutMedian"] = Round(training.Baseline.TrainingMedian),
            },
            ["realVsReal"] = Set(realVsReal),
            ["snapshots"] = new JArray(snapshots.Select(Snapshot)),
            ["final"] = Snapshot(final),
            ["best"] = new JObject { ["epoch"] = best.Epoch, ["kidMean"] = Round(best.Eval.Kid.Mean) },
        };
    }

    public static void Write(JObject document, string path) => CanonicalJson.Write(path, document, KeyOrder.AsWritten);

    private static JObject Snapshot(SnapshotResult s)
    {
        var json = new JObject { ["epoch"] = s.Epoch };
        json.Merge(Set(s.Eval));
        json["gridDiversityRatio"] = Round(s.GridDiversityRatio);
        return json;
    }

    private static JObject Set(SetMetrics m) => new()
    {
        ["kidMean"] = Round(m.Kid.Mean),
        ["kidStd"] = Round(m.Kid.Std),
        ["diversityRatio"] = Round(m.DiversityRatio),
        ["memorisationShare"] = Round(m.MemorisationShare),
        ["nearestMedianRatio"] = Round(m.NearestMedianRatio),
        ["ndb"] = m.Ndb,
        ["ndbBins"] = m.NdbBins,
    };

    private static double Round(double value) =>
        double.Parse(value.ToString("G6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
