using Newtonsoft.Json.Linq;
using Repro.Contract;

namespace Repro.Report.Inputs;

/// <summary>Sample's metrics.json, typed: snapshots in order, the final generator, the best snapshot by KID,
/// the real-vs-real noise floor, and the definitions the numbers were computed with.</summary>
internal sealed record SampleMetrics(IReadOnlyList<SnapshotMetrics> Snapshots, SnapshotMetrics Final, int BestEpoch,
    SnapshotMetrics RealVsReal, IReadOnlyDictionary<string, string> Definitions, int TrainingImages)
{
    public SnapshotMetrics Best => Snapshots.First(s => s.Epoch == BestEpoch);

    public static SampleMetrics Load(string path)
    {
        var json = JObject.Parse(File.ReadAllText(path));
        T Get<T>(JToken token, string key) => token[key] is { } value && value.Type != JTokenType.Null
            ? value.Value<T>()!
            : throw new StageInputException($"'{path}' has no '{key}' where the sample stage writes one. Rerun sample.");
        SnapshotMetrics Row(JToken t) => new(
            t["epoch"]?.Value<int>() ?? 0, Get<double>(t, "kidMean"), Get<double>(t, "kidStd"), Get<double>(t, "diversityRatio"),
            t["gridDiversityRatio"]?.Value<double>() ?? double.NaN, Get<double>(t, "memorisationShare"),
            Get<double>(t, "nearestMedianRatio"), Get<int>(t, "ndb"), Get<int>(t, "ndbBins"));

        var definitions = (json["definitions"] as JObject)?.Properties()
            .ToDictionary(p => p.Name, p => p.Value.ToString(), StringComparer.Ordinal) ?? [];
        var snapshots = (json["snapshots"] as JArray)?.Select(Row).ToList() ?? [];
        if (snapshots.Count == 0) throw new StageInputException($"'{path}' lists no snapshots. Rerun sample.");
        return new SampleMetrics(snapshots, Row(Get<JObject>(json, "final")), Get<int>(Get<JObject>(json, "best"), "epoch"),
            Row(Get<JObject>(json, "realVsReal")), definitions, Get<int>(Get<JObject>(json, "training"), "images"));
    }
}
