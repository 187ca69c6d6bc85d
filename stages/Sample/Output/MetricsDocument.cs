using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Repro.Contract;
using Repro.Sample.Domain;
using Repro.Sample.General;
using Repro.Sample.Metrics;
using Repro.Sample.Params;

namespace Repro.Sample.Output;

/// <summary>metrics.json: definitions, the training baselines, the real-vs-real noise floor, every snapshot,
/// the final generator (the last snapshot) and the best snapshot by KID. Numbers are rounded to 6 significant
/// digits and written with LF and fixed indentation, so the bytes are stable.</summary>
internal static class MetricsDocument
{
    public static JObject Build(SampleParams p, TrainingReference training, SetMetrics realVsReal,
        IReadOnlyList<SnapshotResult> snapshots, ClassifierSpace space, DomainEvaluator domain, GeneralMetrics? general)
    {
        var final = snapshots[^1];
        var best = snapshots[Best(snapshots)];
        var realVsRealJson = Set(realVsReal);
        realVsRealJson["face"] = Face(domain.RealVsReal(), space);
        return new JObject
        {
            ["definitions"] = MetricDefinitions.Json(p, space, domain.CompareSize),
            ["classifier"] = new JObject
            {
                ["size"] = space.Size,
                ["heads"] = new JArray(space.Heads.Select(h => new JObject { ["name"] = h.Name, ["classes"] = new JArray(h.Classes) })),
                ["accuracy"] = space.Accuracy.DeepClone(),
            },
            ["training"] = new JObject
            {
                ["images"] = training.Vectors.Length,
                ["halves"] = new JArray(training.HalfA.Length, training.HalfB.Length),
                ["meanPairwiseDistance"] = Round(training.Diversity),
                ["memorisationThreshold"] = Round(training.Baseline.Threshold),
                ["leaveOneOutMedian"] = Round(training.Baseline.TrainingMedian),
                ["face"] = new JObject
                {
                    ["histograms"] = Histograms(domain.TrainingHistograms, space),
                    ["combinations"] = domain.TrainingCombinations,
                },
            },
            ["realVsReal"] = realVsRealJson,
            ["snapshots"] = new JArray(snapshots.Select(s => Snapshot(s, space))),
            ["final"] = Snapshot(final, space),
            ["best"] = new JObject
            {
                ["epoch"] = best.Epoch, ["faceKidMean"] = Round(best.Face.Kid.Mean), ["faceKidStd"] = Round(best.Face.Kid.Std),
                ["kidMean"] = Round(best.Eval.Kid.Mean),
            },
            ["resnet18"] = general is null ? JValue.CreateNull() : new JObject
            {
                ["compareSize"] = general.CompareSize,
                ["final"] = General(general.Final), ["best"] = General(general.Best), ["realVsReal"] = General(general.RealVsReal),
            },
        };
    }

    /// <summary>The index of the best snapshot: the lowest KID on the classifier's features (the earliest on a tie).
    /// Not the pixel-level random-CNN KID, which rewards stroke density and noise, not faces.</summary>
    public static int Best(IReadOnlyList<SnapshotResult> snapshots) =>
        Enumerable.Range(0, snapshots.Count).OrderBy(i => snapshots[i].Face.Kid.Mean).ThenBy(i => snapshots[i].Epoch).First();

    private static JObject General(GeneralFigures f) => new()
    {
        ["fdMean"] = Round(f.Fd.Mean), ["fdStd"] = Round(f.Fd.Std), ["kidMean"] = Round(f.Kid.Mean), ["kidStd"] = Round(f.Kid.Std),
    };

    public static void Write(JObject document, string path) => CanonicalJson.Write(path, document, KeyOrder.AsWritten);

    private static JObject Snapshot(SnapshotResult s, ClassifierSpace space)
    {
        var json = new JObject { ["epoch"] = s.Epoch };
        json.Merge(Set(s.Eval));
        json["gridDiversityRatio"] = Round(s.GridDiversityRatio);
        json["face"] = Face(s.Face, space);
        return json;
    }

    public static JObject Face(DomainMetrics m, ClassifierSpace space)
    {
        var json = new JObject { ["images"] = m.Images, ["compareSize"] = m.CompareSize };
        void Add(string name, MeanStd value)
        {
            json[name + "Mean"] = Round(value.Mean);
            json[name + "Std"] = Round(value.Std);
        }
        Add("fd", m.Fd);
        Add("kid", m.Kid);
        Add("precision", m.Precision);
        Add("recall", m.Recall);
        Add("density", m.Density);
        Add("coverage", m.Coverage);
        Add("divergence", m.Divergence);
        Add("combinations", m.Combinations);
        json["allCombinations"] = m.AllCombinations;
        json["histograms"] = Histograms(m.Histograms, space);
        json["memorisationShare"] = Round(m.MemorisationShare);
        json["memorised"] = m.Memorised;
        json["nearestMedianRatio"] = Round(m.NearestMedianRatio);
        return json;
    }

    private static JObject Histograms(int[][] histograms, ClassifierSpace space) =>
        new(space.Heads.Select((h, i) => new JProperty(h.Name, new JArray(histograms[i]))));

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
