using Newtonsoft.Json.Linq;
using Repro.Best;
using Repro.Classifier;
using Repro.Gan.Tests.Support;
using Repro.Train;

namespace Repro.Gan.Tests.Training;

/// <summary>The best stage on a tiny run: a replay to an earlier epoch reaches the run's own weights (it draws the
/// recorded grid bit for bit), a best at the last snapshot is train's own generator, and a best epoch the run
/// never had is refused by name.</summary>
public sealed class BestStageTests : IClassFixture<BestStageTests.TrainedRun>
{
    private readonly TrainedRun _run;

    public BestStageTests(TrainedRun run) => _run = run;

    [Fact]
    public void Should_Replay_To_An_Earlier_Best_Epoch_And_Draw_The_Grid_Train_Recorded_There_Bit_For_Bit()
    {
        var out_ = _run.Best(epoch: 1);

        var metrics = JObject.Parse(File.ReadAllText(Path.Combine(out_, "metrics.json")));
        Assert.Equal(1, (int)metrics["epoch"]!);
        Assert.Equal("replay", (string)metrics["generator"]!["from"]!);
        Assert.Equal(6, (int)metrics["generator"]!["replaySteps"]!);   // one epoch of 24 images / half batch 4
        Assert.True((bool)metrics["generator"]!["replayMatchesRecordedGrid"]!);
        Assert.Equal(8, (int)metrics["face"]!["images"]!);                 // train.finalEvalSamples, not evalSamples (6)
        Assert.Equal(new FileInfo(Path.Combine(out_, "generator.pt")).Length, (long)metrics["generator"]!["bytes"]!);
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(_run.TrainDir, "generator.pt")), File.ReadAllBytes(Path.Combine(out_, "generator.pt")));
        var conditions = JObject.Parse(File.ReadAllText(Path.Combine(out_, "conditions.json")));
        Assert.Equal(("best", 1), ((string)conditions["kept"]!["snapshot"]!, (int)conditions["kept"]!["epoch"]!));
        Assert.DoesNotContain(conditions["params"]!.Children<JProperty>(), p => p.Name.StartsWith("sample.", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Keep_Trains_Own_Files_When_The_Best_Is_The_Last_Snapshot()
    {
        var out_ = _run.Best(epoch: 2);

        foreach (var file in new[] { "generator.pt", "interpolation.png", "walk.png" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(_run.TrainDir, file)), File.ReadAllBytes(Path.Combine(out_, file)));
        var metrics = JObject.Parse(File.ReadAllText(Path.Combine(out_, "metrics.json")));
        Assert.Equal("final", (string)metrics["generator"]!["from"]!);
        Assert.Equal(JTokenType.Null, metrics["generator"]!["replayMatchesRecordedGrid"]!.Type);
    }

    [Fact]
    public void Should_Refuse_A_Best_Epoch_The_Run_Never_Had()
    {
        var error = Assert.Throws<StageInputException>(() => _run.Best(epoch: 5));

        Assert.Equal("The sample stage chose epoch 5 as best, but the run has epochs 1 to 2. Rerun sample.", error.Message);
    }

    /// <summary>One tiny trained run (2 epochs, snapshots at both) and a tiny face classifier, shared by the tests.</summary>
    public sealed class TrainedRun : IDisposable
    {
        private readonly TrainWorkspace _workspace = new();
        private int _bests;

        public TrainedRun()
        {
            var train = _workspace.NextContext(withResume: false);
            TrainStage.Run(train, TrainHooks.None);
            TrainDir = train.OutDir;
            ClassifierDir = Path.Combine(_workspace.Root, "classifier");
            Directory.CreateDirectory(ClassifierDir);
            ClassifierStage.Run(new StageContext(new StageRequest
            {
                Stage = "classifier", Key = "k", OutDir = ClassifierDir, Params = new(StringComparer.Ordinal)
                {
                    ["classifier.size"] = 32, ["classifier.faces"] = 128, ["classifier.heldOut"] = 32, ["classifier.epochs"] = 1,
                    ["classifier.batchSize"] = 64, ["classifier.lr"] = 0.003, ["classifier.seed"] = 5, ["classifier.threads"] = 1,
                },
            }, CancellationToken.None));
        }

        public string TrainDir { get; }
        public string ClassifierDir { get; }

        /// <summary>Runs the best stage as if sample had chosen <paramref name="epoch"/>; returns its output folder.</summary>
        public string Best(int epoch)
        {
            var root = Path.Combine(_workspace.Root, "best" + ++_bests);
            var outDir = Directory.CreateDirectory(Path.Combine(root, "out")).FullName;
            var metrics = Path.Combine(root, "metrics.json");
            File.WriteAllText(metrics, new JObject { ["best"] = new JObject { ["epoch"] = epoch }, ["final"] = new JObject { ["face"] = new JObject { ["compareSize"] = 6 } } }.ToString());
            var parameters = new Dictionary<string, JToken>(_workspace.Params, StringComparer.Ordinal)
            {
                ["sample.metricSize"] = 16, ["sample.kidSubsets"] = 2, ["sample.ndbBins"] = 4, ["sample.memorisationPercentile"] = 5.0, ["sample.seed"] = 3,
            };
            BestStage.Run(new StageContext(new StageRequest
            {
                Stage = "best", Experiment = "run1", Key = "k", OutDir = outDir, Params = parameters,
                Deps = new(StringComparer.Ordinal)
                {
                    ["dataset"] = Path.Combine(_workspace.Root, "dataset"), ["train"] = TrainDir, ["metrics"] = metrics, ["classifier"] = ClassifierDir,
                },
            }, CancellationToken.None));
            return outDir;
        }

        public void Dispose() => _workspace.Dispose();
    }
}
