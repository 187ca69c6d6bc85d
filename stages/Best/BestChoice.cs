using Newtonsoft.Json.Linq;

namespace Repro.Best;

/// <summary>What the sample stage chose (metrics.json): the best snapshot's epoch, and the set size its face
/// figures were compared at, so the best generator's figures here are read on the same scale.</summary>
internal sealed record BestChoice(int Epoch, int CompareSize)
{
    public static BestChoice Read(string metricsFile)
    {
        try
        {
            var metrics = JObject.Parse(File.ReadAllText(metricsFile));
            return new BestChoice((int)metrics["best"]!["epoch"]!, (int)metrics["final"]!["face"]!["compareSize"]!);
        }
        catch (Exception e) when (e is Newtonsoft.Json.JsonException or NullReferenceException or ArgumentException or IOException)
        {
            throw new StageInputException($"'{metricsFile}' names no best snapshot (best.epoch, final.face.compareSize): {e.Message}. Rerun the sample stage.");
        }
    }
}
