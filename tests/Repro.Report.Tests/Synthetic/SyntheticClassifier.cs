using Newtonsoft.Json.Linq;
using Repro.Contract;
using Repro.StageHost;

namespace Repro.Report.Tests.Synthetic;

/// <summary>A real face classifier, trained once per test run by the classifier stage in-process (few faces, one
/// epoch: seconds), for the sample stage's domain metrics. Its accuracy is beside the point here; the
/// classifier stage's own tests judge that.</summary>
internal static class SyntheticClassifier
{
    private static readonly Lazy<string> Trained = new(Train);

    public static string Dir => Trained.Value;

    public static Dictionary<string, JToken> Params() => new(StringComparer.Ordinal)
    {
        ["classifier.size"] = 16, ["classifier.faces"] = 96, ["classifier.heldOut"] = 32, ["classifier.epochs"] = 1,
        ["classifier.batchSize"] = 32, ["classifier.lr"] = 0.003, ["classifier.seed"] = 3, ["classifier.threads"] = 1,
    };

    private static string Train()
    {
        var dir = Path.Combine(Path.GetTempPath(), "repro-report-tests-classifier-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        Repro.Classifier.ClassifierStage.Run(new StageContext(new StageRequest
        {
            Stage = "classifier", Key = "k", OutDir = dir, Params = Params(),
        }, CancellationToken.None));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(dir, recursive: true); }
            catch (IOException) { }
        };
        return dir;
    }
}
