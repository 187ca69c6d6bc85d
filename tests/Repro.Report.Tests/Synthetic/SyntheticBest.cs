using Newtonsoft.Json.Linq;

namespace Repro.Report.Tests.Synthetic;

/// <summary>A best stage's output laid out from train's and sample's, as the best stage writes it when the
/// best is the last snapshot (train's files are the best's) or a replay that matched: the figures are the
/// sample's best snapshot's, with as many images as the final snapshot's.</summary>
internal static class SyntheticBest
{
    public static void Write(string folder, string trainDir, string sampleDir)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in new[] { "generator.pt", "interpolation.png", "walk.png", "conditions.json" })
            File.Copy(Path.Combine(trainDir, file), Path.Combine(folder, file), overwrite: true);
        var metrics = JObject.Parse(File.ReadAllText(Path.Combine(sampleDir, "metrics.json")));
        var epoch = (int)metrics["best"]!["epoch"]!;
        var final = epoch == (int)metrics["final"]!["epoch"]!;
        var face = (JObject)metrics["snapshots"]!.First(s => (int)s["epoch"]! == epoch)["face"]!.DeepClone();
        face["images"] = metrics["final"]!["face"]!["images"];
        File.WriteAllText(Path.Combine(folder, "metrics.json"), new JObject
        {
            ["epoch"] = epoch,
            ["generator"] = new JObject
            {
                ["bytes"] = new FileInfo(Path.Combine(folder, "generator.pt")).Length, ["from"] = final ? "final" : "replay",
                ["replaySteps"] = final ? 0 : epoch * 11, ["replayMatchesRecordedGrid"] = final ? null : true,
            },
            ["face"] = face,
        }.ToString());
    }
}
