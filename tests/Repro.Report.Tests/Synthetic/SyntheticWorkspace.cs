using Newtonsoft.Json.Linq;
using Repro.Contract;
using Repro.StageHost;

namespace Repro.Report.Tests.Synthetic;

/// <summary>A temporary folder with stage outputs laid out as the engine would, and requests to run the sample
/// and report stages over them in-process. Deleted on dispose.</summary>
internal sealed class SyntheticWorkspace : IDisposable
{
    public SyntheticWorkspace() => Directory.CreateDirectory(Root);

    public string Root { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "repro-report-tests-" + Guid.NewGuid().ToString("N"));

    public string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public string Augment(string experiment, int count = 24, int size = 32, bool flip = false)
    {
        var folder = Path("outputs", "augment", experiment);
        SyntheticDataset.Write(folder, count, size, flip);
        var preprocess = Path("outputs", "preprocess", experiment);
        Directory.CreateDirectory(preprocess);
        File.WriteAllText(System.IO.Path.Combine(preprocess, "manifest.json"), new JObject
        {
            ["stage"] = "preprocess",
            ["params"] = new JObject { ["image.size"] = size, ["preprocess.source"] = "data/raw", ["preprocess.fit"] = "pad" },
        }.ToString());
        return folder;
    }

    public string Train(string experiment, TrainScenario scenario, JObject? extraParams = null)
    {
        var folder = Path("outputs", "train", experiment);
        SyntheticTrainRun.Write(folder, scenario, extraParams);
        return folder;
    }

    public static Dictionary<string, JToken> SampleParams() => new(StringComparer.Ordinal)
    {
        ["sample.gridColumns"] = 5, ["sample.gifDelay"] = 50, ["sample.sheetColumns"] = 8, ["sample.sheetCount"] = 64,
        ["sample.closestPairs"] = 8, ["sample.metricSize"] = 32, ["sample.kidSubsets"] = 4, ["sample.kidSubsetSize"] = 32,
        ["sample.ndbBins"] = 6, ["sample.memorisationPercentile"] = 5.0, ["sample.resnetImages"] = 0, ["sample.seed"] = 1,
    };

    public StageContext SampleContext(string experiment, string outName = "sample", Dictionary<string, JToken>? parameters = null)
    {
        var outDir = Path("staging", outName, experiment);
        Directory.CreateDirectory(outDir);
        return new StageContext(new StageRequest
        {
            Stage = "sample", Experiment = experiment, Key = "k", OutDir = outDir,
            Params = parameters ?? SampleParams(),
            Deps = new(StringComparer.Ordinal)
            {
                ["train"] = Path("outputs", "train", experiment), ["dataset"] = Path("outputs", "augment", experiment),
                ["classifier"] = SyntheticClassifier.Dir,
            },
        }, CancellationToken.None);
    }

    public static Dictionary<string, JToken> ReportParams() => new(StringComparer.Ordinal)
    {
        ["report.title"] = "Synthetic experiments", ["report.smoothing"] = 10, ["report.tailShare"] = 0.05,
        ["report.dominanceAccuracy"] = 0.95, ["report.dominanceWindow"] = 0.1, ["report.collapseRatio"] = 0.5,
        ["report.memorisationAlpha"] = 0.001, ["report.sideBySideRows"] = 6, ["report.graphWidth"] = 900, ["report.graphHeight"] = 380,
    };

    /// <summary>Runs sample for every experiment that has train and augment outputs (into outputs/sample/EXP), and
    /// lays out its best stage's output from them (outputs/best/EXP).</summary>
    public void SampleAll(params string[] experiments)
    {
        foreach (var experiment in experiments)
        {
            var context = SampleContext(experiment);
            Repro.Sample.SampleStage.Run(context);
            var target = Path("outputs", "sample", experiment);
            if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            Directory.Move(context.OutDir, target);
            SyntheticBest.Write(Path("outputs", "best", experiment), Path("outputs", "train", experiment), target);
        }
    }

    public StageContext ReportContext(string[] experiments, string outName = "report", Dictionary<string, JToken>? parameters = null)
    {
        var outDir = Path("staging", outName);
        Directory.CreateDirectory(outDir);
        Dictionary<string, string> Map(string stage) => experiments.ToDictionary(e => e, e => Path("outputs", stage, e), StringComparer.Ordinal);
        return new StageContext(new StageRequest
        {
            Stage = "report", Key = "k", OutDir = outDir, Params = parameters ?? ReportParams(),
            DepsByExperiment = new(StringComparer.Ordinal) { ["samples"] = Map("sample"), ["trains"] = Map("train"), ["bests"] = Map("best"), ["datasets"] = Map("augment"), ["preprocessed"] = Map("preprocess") },
        }, CancellationToken.None);
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { } // a leftover temp folder is harmless
    }
}
