using Newtonsoft.Json.Linq;
using Repro.Contract;

namespace Repro.Report.Inputs;

/// <summary>Sample's metrics.json, typed: snapshots in order, the final generator, the best snapshot by KID on
/// the face classifier's features, the real-vs-real noise floor, the training set's attribute histograms, the
/// classifier, and the definitions the numbers were computed with.</summary>
internal sealed record SampleMetrics(IReadOnlyList<SnapshotMetrics> Snapshots, SnapshotMetrics Final, int BestEpoch,
    SnapshotMetrics RealVsReal, IReadOnlyDictionary<string, string> Definitions, int TrainingImages,
    IReadOnlyDictionary<string, int[]> TrainingHistograms, int TrainingCombinations, ClassifierInfo Classifier, ResNetMetrics? ResNet18)
{
    public SnapshotMetrics Best => Snapshots.First(s => s.Epoch == BestEpoch);

    public static SampleMetrics Load(string path)
    {
        var json = JObject.Parse(File.ReadAllText(path));
        T Get<T>(JToken token, string key) => FaceMetrics.Get<T>(token, key, path);
        Spread Pair(JToken t, string name) => new(Get<double>(t, name + "Mean"), Get<double>(t, name + "Std"));
        IReadOnlyDictionary<string, int[]> Histograms(JToken t) => FaceMetrics.ReadHistograms(t, path);
        FaceMetrics Face(JToken t) => FaceMetrics.Load(t, path);
        SnapshotMetrics Row(JToken t) => new(
            t["epoch"]?.Value<int>() ?? 0, Get<double>(t, "kidMean"), Get<double>(t, "kidStd"), Get<double>(t, "diversityRatio"),
            t["gridDiversityRatio"]?.Value<double>() ?? double.NaN, Get<double>(t, "memorisationShare"),
            Get<double>(t, "nearestMedianRatio"), Get<int>(t, "ndb"), Get<int>(t, "ndbBins"), Face(Get<JObject>(t, "face")));
        IReadOnlyDictionary<string, double> Shares(JToken t) =>
            ((JObject)t).Properties().ToDictionary(a => a.Name, a => a.Value.Value<double>(), StringComparer.Ordinal);

        var definitions = (json["definitions"] as JObject)?.Properties()
            .ToDictionary(p => p.Name, p => p.Value.ToString(), StringComparer.Ordinal) ?? [];
        var snapshots = (json["snapshots"] as JArray)?.Select(Row).ToList() ?? [];
        if (snapshots.Count == 0) throw new StageInputException($"'{path}' lists no snapshots. Rerun sample.");
        var training = Get<JObject>(json, "training");
        var trainingFace = Get<JObject>(training, "face");
        var classifier = Get<JObject>(json, "classifier");
        var accuracy = Get<JObject>(classifier, "accuracy");
        var info = new ClassifierInfo(Get<int>(classifier, "size"),
            Get<JArray>(classifier, "heads").Select(h => ((string)h["name"]!, h["classes"]!.Values<string>().Select(c => c!).ToArray())).ToList(),
            Shares(Get<JObject>(accuracy, "heldOut")), Shares(Get<JObject>(accuracy, "embedded")), Shares(Get<JObject>(accuracy, "chance")));
        ResNetFigures ResNet(JToken t) => new(Pair(t, "fd"), Pair(t, "kid"));
        var resnet = json["resnet18"] is JObject r
            ? new ResNetMetrics(Get<int>(r, "compareSize"), ResNet(Get<JObject>(r, "final")), ResNet(Get<JObject>(r, "best")), ResNet(Get<JObject>(r, "realVsReal")))
            : null;
        return new SampleMetrics(snapshots, Row(Get<JObject>(json, "final")), Get<int>(Get<JObject>(json, "best"), "epoch"),
            Row(Get<JObject>(json, "realVsReal")), definitions, Get<int>(training, "images"),
            Histograms(trainingFace), Get<int>(trainingFace, "combinations"), info, resnet);
    }
}
