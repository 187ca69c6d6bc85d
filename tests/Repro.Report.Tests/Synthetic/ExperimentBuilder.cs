using Newtonsoft.Json.Linq;
using Repro.Report.Inputs;

namespace Repro.Report.Tests.Synthetic;

/// <summary>Experiments built in memory for the observation rules: a metrics log from a scenario and sample
/// metrics from explicit per-snapshot values.</summary>
internal static class ExperimentBuilder
{
    public static MetricsLog Log(TrainScenario scenario)
    {
        var path = System.IO.Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, SyntheticTrainRun.MetricsCsv(scenario));
            return MetricsLog.Load(path);
        }
        finally { File.Delete(path); }
    }

    public static readonly (string Name, string[] Classes)[] Heads =
    [
        ("hair", ["short", "spiky", "bob", "long", "ponytail", "twintails"]),
        ("expression", ["neutral", "smile", "laugh", "surprised", "angry", "sad", "sleepy", "wink"]),
        ("hairTone", ["light", "dark"]),
        ("collar", ["no", "yes"]),
    ];

    /// <summary>A snapshot row: kid, memorisation and combinations set the face classifier's figures (what the
    /// rules read), diversity and ndb the pixel ones. crowd puts that share of the samples in each attribute's
    /// first class.</summary>
    public static SnapshotMetrics Snapshot(int epoch, double kid = 0.5, double kidStd = 0.01, double diversity = 0.9,
        double memorisation = 0.05, int ndb = 1, int bins = 10, double combinations = 60, int images = 100, double crowd = 0)
    {
        var histograms = Heads.ToDictionary(h => h.Name, h => Histogram(h.Classes.Length, images, crowd), StringComparer.Ordinal);
        var face = new FaceMetrics(images, 88, new Spread(kid * 40, kidStd * 40), new Spread(kid, kidStd), new Spread(0.8, 0.05), new Spread(0.7, 0.05),
            new Spread(1, 0.1), new Spread(0.8, 0.05), new Spread(0.05, 0.01), new Spread(combinations, 2), (int)combinations, histograms,
            memorisation, (int)Math.Round(memorisation * images));
        return new(epoch, kid, kidStd, diversity, diversity, memorisation, 1.0, ndb, bins, face);
    }

    private static int[] Histogram(int classes, int images, double crowd)
    {
        var counts = new int[classes];
        var crowded = (int)Math.Round(crowd * images);
        counts[0] = crowded;
        for (var i = 0; i < images - crowded; i++) counts[i % classes]++;
        return counts;
    }

    public static SampleMetrics Metrics(IReadOnlyList<SnapshotMetrics> snapshots, SnapshotMetrics? floor = null) => new(
        snapshots, snapshots[^1], snapshots.OrderBy(s => s.Face.Kid.Mean).First().Epoch,
        floor ?? Snapshot(0, kid: 0.02, kidStd: 0.01, diversity: 1.0, memorisation: 0.05, ndb: 0, combinations: 64, images: 88),
        new Dictionary<string, string>(), 176,
        Heads.ToDictionary(h => h.Name, h => Histogram(h.Classes.Length, 176, 0), StringComparer.Ordinal), 100,
        new ClassifierInfo(32, Heads, Heads.ToDictionary(h => h.Name, _ => 0.9), Heads.ToDictionary(h => h.Name, _ => 0.85),
            Heads.ToDictionary(h => h.Name, h => 1.0 / h.Classes.Length)), null);

    public static Experiment Experiment(MetricsLog? log = null, SampleMetrics? metrics = null, JObject? conditions = null)
    {
        log ??= Log(new TrainScenario { Epochs = 1000 });
        metrics ??= Metrics([Snapshot(500), Snapshot(1000)]);
        conditions ??= new JObject { ["params"] = new JObject { ["train.realLabelMin"] = 1.0, ["train.realLabelMax"] = 1.0, ["train.fakeLabelMin"] = 0.0, ["train.fakeLabelMax"] = 0.0, ["train.evalSamples"] = 100 } };
        return new Experiment("exp", "train", "sample", conditions, log, metrics, new DatasetInfo(176, 32, "data/raw", [], "none.png"));
    }
}
