using Newtonsoft.Json.Linq;

namespace Repro.Report.Inputs;

/// <summary>The best stage's result: the best snapshot's generator as kept (its size, and whether it is train's
/// final one or a replay that drew train's recorded grid bit for bit), its strips, and its face figures on the
/// final snapshot's number of images.</summary>
internal sealed record BestResult(string Dir, int Epoch, long GeneratorBytes, string From, int ReplaySteps, bool? ReplayMatches, FaceMetrics Face)
{
    public static BestResult Load(string dir)
    {
        var path = Path.Combine(dir, "metrics.json");
        var json = JObject.Parse(File.ReadAllText(path));
        var generator = FaceMetrics.Get<JObject>(json, "generator", path);
        return new BestResult(dir, FaceMetrics.Get<int>(json, "epoch", path), FaceMetrics.Get<long>(generator, "bytes", path),
            FaceMetrics.Get<string>(generator, "from", path), FaceMetrics.Get<int>(generator, "replaySteps", path),
            generator["replayMatchesRecordedGrid"]?.Type == JTokenType.Boolean ? (bool)generator["replayMatchesRecordedGrid"]! : null,
            FaceMetrics.Load(FaceMetrics.Get<JObject>(json, "face", path), path));
    }
}
