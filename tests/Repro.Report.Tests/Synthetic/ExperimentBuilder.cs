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

    public static SnapshotMetrics Snapshot(int epoch, double kid = 0.5, double kidStd = 0.01, double diversity = 0.9,
        double memorisation = 0.05, int ndb = 1, int bins = 10) =>
        new(epoch, kid, kidStd, diversity, diversity, memorisation, 1.0, ndb, bins);

    public static SampleMetrics Metrics(IReadOnlyList<SnapshotMetrics> snapshots, SnapshotMetrics? floor = null) => new(
        snapshots, snapshots[^1], snapshots.OrderBy(s => s.KidMean).First().Epoch,
        floor ?? Snapshot(0, kid: 0.02, kidStd: 0.01, diversity: 1.0, memorisation: 0.05, ndb: 0), new Dictionary<string, string>(), 176);

    public static Experiment Experiment(MetricsLog? log = null, SampleMetrics? metrics = null, JObject? conditions = null)
    {
        log ??= Log(new TrainScenario { Epochs = 1000 });
        metrics ??= Metrics([Snapshot(500), Snapshot(1000)]);
        conditions ??= new JObject { ["params"] = new JObject { ["train.realLabelMin"] = 1.0, ["train.realLabelMax"] = 1.0, ["train.fakeLabelMin"] = 0.0, ["train.fakeLabelMax"] = 0.0, ["train.evalSamples"] = 100 } };
        return new Experiment("exp", "train", "sample", conditions, log, metrics, new DatasetInfo(176, 32, "data/raw", [], "none.png"));
    }
}
