using System.Globalization;
using System.Text;
using Repro.Report.Graphs;
using Repro.Report.Inputs;
using Repro.Report.Observations;
using Repro.Report.Params;

namespace Repro.Report.Markdown;

/// <summary>One experiment: observations with their rules, the final and best grids, the progress GIF (and in
/// report.html a snapshot slider), the graphs, the closest pairs and the final sample sheet.</summary>
internal static class ExperimentSection
{
    public static void Write(StringBuilder md, Experiment e, ReportParams p, Assets assets)
    {
        md.Append($"### {e.Name}\n\n");
        md.Append(LabelTargets.Describe(e)).Append("\n\n");
        WriteObservations(md, e, p);

        var final = e.Metrics.Final.Epoch;
        var best = e.Metrics.BestEpoch;
        md.Append(MarkdownText.Row([$"final grid (epoch {final})", $"best snapshot by KID (epoch {best})", "training progress"])).Append('\n');
        md.Append(MarkdownText.Separator(3)).Append('\n');
        md.Append(MarkdownText.Row([
            MarkdownText.Image($"{e.Name} final grid", Grid(e, final, assets)),
            MarkdownText.Image($"{e.Name} best grid", Grid(e, best, assets)),
            MarkdownText.Image($"{e.Name} progress", assets.Copy(Path.Combine(e.SampleDir, "progress.gif"), $"{e.Name}/progress.gif")),
        ])).Append("\n\n");
        md.Append(SnapshotSlider.Marker(e, assets));
        md.Append(DiskUse(e)).Append("\n\n");
        md.Append("The final generator between fixed latents (interpolation: one row per pair, along the great circle) and along each latent " +
                  "dimension (walk: the first fixed latent with one component set to -3 .. +3, one row per dimension):\n\n");
        md.Append(MarkdownText.Row(["interpolation", "per-dimension walk"])).Append('\n').Append(MarkdownText.Separator(2)).Append('\n');
        md.Append(MarkdownText.Row([
            MarkdownText.Image($"{e.Name} interpolation", assets.Copy(Path.Combine(e.TrainDir, "interpolation.png"), $"{e.Name}/interpolation.png")),
            MarkdownText.Image($"{e.Name} latent walk", assets.Copy(Path.Combine(e.TrainDir, "walk.png"), $"{e.Name}/walk.png")),
        ])).Append("\n\n");

        md.Append(Graph(e, "losses", path => LossGraph.Write(e, p, path), assets));
        md.Append(Graph(e, "discriminator", path => DiscriminatorGraph.Write(e, p, path), assets));
        md.Append(Graph(e, "kid", path => KidGraph.Write([e], p, $"{e.Name}: KID per snapshot", path), assets));
        md.Append(Graph(e, "ratios", path => RatioGraph.Write(e, p, path), assets));

        md.Append("Closest pairs: the final samples nearest to a training image (top) above that image, mirrored when its mirror matched (bottom):\n\n");
        md.Append(MarkdownText.Image($"{e.Name} closest pairs", assets.Copy(Path.Combine(e.SampleDir, "closest-pairs.png"), $"{e.Name}/closest-pairs.png"))).Append("\n\n");
        md.Append("Final samples (the evaluation batch of the last snapshot):\n\n");
        md.Append(MarkdownText.Image($"{e.Name} final samples", assets.Copy(Path.Combine(e.SampleDir, "final-sheet.png"), $"{e.Name}/final-sheet.png"))).Append("\n\n");
    }

    /// <summary>The grid PNG of a snapshot, copied once into assets/EXP/grids/ (also used side by side).</summary>
    public static string Grid(Experiment e, int epoch, Assets assets)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"grid-{epoch:D6}.png");
        return assets.Copy(Path.Combine(e.SampleDir, "grids", name), $"{e.Name}/grids/{name}");
    }

    /// <summary>What the trained result keeps on disk: the generator `repro generate` draws from (only the final
    /// one is kept), the resume checkpoint and everything else.</summary>
    private static string DiskUse(Experiment e)
    {
        static long Size(string path) => File.Exists(path) ? new FileInfo(path).Length
            : Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;
        static string Mb(long bytes) => (bytes / 1e6).ToString(bytes < 10_000_000 ? "0.0" : "0", CultureInfo.InvariantCulture) + " MB";
        return $"On disk: the final generator (generator.pt, what `repro generate {e.Name}` draws from) {Mb(Size(Path.Combine(e.TrainDir, "generator.pt")))}, " +
               $"the resume checkpoint {Mb(Size(Path.Combine(e.TrainDir, "checkpoint")))}, the whole train result {Mb(Size(e.TrainDir))}; " +
               "the best snapshot's generator is not kept, only its grids.";
    }

    private static void WriteObservations(StringBuilder md, Experiment e, ReportParams p)
    {
        var observations = Observer.Observe(e, p);
        if (observations.Count == 0)
            md.Append($"No observation rule fired ({Observer.Rules.Count} rules: discriminator dominance, mode collapse, memorisation, " +
                      "KID past its best, KID at the noise floor, mode coverage).\n\n");
        foreach (var o in observations)
            md.Append($"- **{MarkdownText.Cell(o.Finding)}** Rule: {MarkdownText.Cell(o.Rule)}\n");
        if (observations.Count > 0) md.Append('\n');
    }

    private static string Graph(Experiment e, string name, Action<string> render, Assets assets)
    {
        var relative = $"{e.Name}/{name}.png";
        render(assets.Target(relative));
        return MarkdownText.Image($"{e.Name} {name}", Assets.Link(relative)) + "\n\n";
    }
}
