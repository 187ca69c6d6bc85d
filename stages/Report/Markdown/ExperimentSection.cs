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
        md.Append(MarkdownText.Row([$"final grid (epoch {final})", $"best snapshot by face KID (epoch {best})", "training progress"])).Append('\n');
        md.Append(MarkdownText.Separator(3)).Append('\n');
        md.Append(MarkdownText.Row([
            MarkdownText.Image($"{e.Name} final grid", Grid(e, final, assets)),
            MarkdownText.Image($"{e.Name} best grid", Grid(e, best, assets)),
            MarkdownText.Image($"{e.Name} progress", assets.Copy(Path.Combine(e.SampleDir, "progress.gif"), $"{e.Name}/progress.gif")),
        ])).Append("\n\n");
        md.Append(SnapshotSlider.Marker(e, assets));
        md.Append(DiskUse(e)).Append("\n\n");
        Strips(md, e, assets);

        FaceSection(md, e, p, assets);
        md.Append(Graph(e, "losses", path => LossGraph.Write(e, p, path), assets));
        md.Append(Graph(e, "discriminator", path => DiscriminatorGraph.Write(e, p, path), assets));
        md.Append(Graph(e, "kid", path => KidGraph.Write([e], p, $"{e.Name}: KID per snapshot", path), assets));
        md.Append(Graph(e, "ratios", path => RatioGraph.Write(e, p, path), assets));

        md.Append("Closest pairs: the final samples nearest to a training image (top) above that image, mirrored when its mirror matched (bottom):\n\n");
        md.Append(MarkdownText.Image($"{e.Name} closest pairs", assets.Copy(Path.Combine(e.SampleDir, "closest-pairs.png"), $"{e.Name}/closest-pairs.png"))).Append("\n\n");
        md.Append("Final samples (the evaluation batch of the last snapshot):\n\n");
        md.Append(MarkdownText.Image($"{e.Name} final samples", assets.Copy(Path.Combine(e.SampleDir, "final-sheet.png"), $"{e.Name}/final-sheet.png"))).Append("\n\n");
    }

    /// <summary>The kept generators between fixed latents and along each latent dimension: the final one's, and the
    /// best snapshot's when it is another.</summary>
    private static void Strips(StringBuilder md, Experiment e, Assets assets)
    {
        md.Append("The generators kept, between fixed latents (interpolation: one row per pair, along the great circle) and along each latent " +
                  "dimension (walk: the first fixed latent with one component set to -3 .. +3, one row per dimension)");
        var rows = new List<(string Label, string Dir, string Folder)> { ($"final (epoch {Text.Int(e.Metrics.Final.Epoch)})", e.TrainDir, "final") };
        if (e.Best is { } best && best.Epoch != e.Metrics.Final.Epoch) rows.Add(($"best (epoch {Text.Int(best.Epoch)})", best.Dir, "best"));
        md.Append(rows.Count == 1 ? "; the best snapshot is the final one:\n\n" : ":\n\n");
        md.Append(MarkdownText.Row(["generator", "interpolation", "per-dimension walk"])).Append('\n').Append(MarkdownText.Separator(3)).Append('\n');
        foreach (var (label, dir, folder) in rows)
        {
            md.Append(MarkdownText.Row([label,
                MarkdownText.Image($"{e.Name} {folder} interpolation", assets.Copy(Path.Combine(dir, "interpolation.png"), $"{e.Name}/{folder}/interpolation.png")),
                MarkdownText.Image($"{e.Name} {folder} latent walk", assets.Copy(Path.Combine(dir, "walk.png"), $"{e.Name}/{folder}/walk.png")),
            ])).Append('\n');
        }
        md.Append('\n');
    }

    /// <summary>The face classifier's view: the equal-size comparisons of the final and best snapshots beside the
    /// floor, the final attribute histograms beside the training set's, and the histograms over snapshots.</summary>
    private static void FaceSection(StringBuilder md, Experiment e, ReportParams p, Assets assets)
    {
        var m = e.Metrics;
        md.Append($"In the face classifier's feature space ({Text.Int(m.Final.Face.CompareSize)} images of a set against as many of a training half, " +
                  "mean ± std over splits; the floor puts the other half in the set's place):\n\n");
        string[] header = ["set", "images", "KID", "FD", "precision", "recall", "density", "coverage", "divergence (bits)", "combinations"];
        md.Append(MarkdownText.Row(header)).Append('\n').Append(MarkdownText.Separator(header.Length)).Append('\n');
        // The best stage measured the best generator on as many images as the final snapshot has; sample had its eval batch only.
        var best = e.Best?.Face ?? m.Best.Face;
        foreach (var (label, face) in new[] { ($"final (epoch {Text.Int(m.Final.Epoch)})", m.Final.Face), ($"best (epoch {Text.Int(m.BestEpoch)})", best), ("real vs real (floor)", m.RealVsReal.Face) })
        {
            md.Append(MarkdownText.Row([label, Text.Int(face.Images), Text.Kid(face.Kid.Mean, face.Kid.Std), Text.Kid(face.Fd.Mean, face.Fd.Std),
                Spread(face.Precision), Spread(face.Recall), Spread(face.Density), Spread(face.Coverage),
                Text.Kid(face.Divergence.Mean, face.Divergence.Std), Text.Number(Math.Round(face.Combinations.Mean, 1))])).Append('\n');
        }
        md.Append('\n');
        if (m.ResNet18 is { } r)
        {
            md.Append($"FD/KID-ResNet18 (ImageNet features, {Text.Int(r.CompareSize)} images a side): final FD {Text.Kid(r.Final.Fd.Mean, r.Final.Fd.Std)}, " +
                      $"KID {Text.Kid(r.Final.Kid.Mean, r.Final.Kid.Std)}; best FD {Text.Kid(r.Best.Fd.Mean, r.Best.Fd.Std)}, KID {Text.Kid(r.Best.Kid.Mean, r.Best.Kid.Std)}; " +
                      $"real vs real FD {Text.Kid(r.RealVsReal.Fd.Mean, r.RealVsReal.Fd.Std)}, KID {Text.Kid(r.RealVsReal.Kid.Mean, r.RealVsReal.Kid.Std)}.\n\n");
        }
        md.Append($"Attributes of the final samples ({Text.Int(m.Final.Face.Images)}; {Text.Int(m.Final.Face.AllCombinations)} combinations) against the training " +
                  $"images ({Text.Int(m.TrainingImages)}; {Text.Int(m.TrainingCombinations)} combinations), as the classifier names them:\n\n");
        md.Append(MarkdownText.Row(["attribute", "final samples", "training images"])).Append('\n').Append(MarkdownText.Separator(3)).Append('\n');
        foreach (var (name, classes) in m.Classifier.Heads)
            md.Append(MarkdownText.Row([name, Shares(classes, m.Final.Face.Histograms[name]), Shares(classes, m.TrainingHistograms[name])])).Append('\n');
        md.Append('\n');
        var heads = m.Classifier.Heads.Select(h => h.Name).ToList();
        for (var row = 0; row < heads.Count; row += 2)
        {
            var pair = heads.Skip(row).Take(2).ToList();
            if (row == 0) md.Append(MarkdownText.Row(pair.Select(h => $"{h} per snapshot").ToArray())).Append('\n').Append(MarkdownText.Separator(pair.Count)).Append('\n');
            md.Append(MarkdownText.Row(pair.Select(h =>
            {
                var relative = $"{e.Name}/attributes-{h}.png";
                AttributeGraph.Write(e, h, p, assets.Target(relative));
                return MarkdownText.Image($"{e.Name} {h} histograms", Assets.Link(relative));
            }).ToArray())).Append('\n');
        }
        md.Append('\n');
    }

    private static string Spread(Spread s) => $"{Text.Ratio(s.Mean)} ± {Text.Ratio(s.Std)}";

    private static string Shares(string[] classes, int[] counts)
    {
        var total = (double)Math.Max(1, counts.Sum());
        return string.Join(", ", classes.Select((c, i) => $"{c} {Text.Percent(counts[i] / total)}"));
    }

    /// <summary>The grid PNG of a snapshot, copied once into assets/EXP/grids/ (also used side by side).</summary>
    public static string Grid(Experiment e, int epoch, Assets assets)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"grid-{epoch:D6}.png");
        return assets.Copy(Path.Combine(e.SampleDir, "grids", name), $"{e.Name}/grids/{name}");
    }

    /// <summary>What the trained result keeps on disk: the two generators `repro generate` draws from (the final one
    /// and the best snapshot's, and how the best one was obtained), the resume checkpoint and everything else.</summary>
    private static string DiskUse(Experiment e)
    {
        static long Size(string path) => File.Exists(path) ? new FileInfo(path).Length
            : Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;
        static string Mb(long bytes) => (bytes / 1e6).ToString(bytes < 10_000_000 ? "0.0" : "0", CultureInfo.InvariantCulture) + " MB";
        var text = $"On disk: the final generator (generator.pt, what `repro generate {e.Name}` draws from) {Mb(Size(Path.Combine(e.TrainDir, "generator.pt")))}, " +
                   $"the resume checkpoint {Mb(Size(Path.Combine(e.TrainDir, "checkpoint")))}, the whole train result {Mb(Size(e.TrainDir))}";
        return e.Best switch
        {
            null => text + "; the best snapshot's generator is not kept, only its grids.",
            { From: "final" } b => text + $"; the best snapshot is the final one (epoch {Text.Int(b.Epoch)}), so `repro generate {e.Name} --snapshot best` " +
                                   "draws from the same generator (the cache stores it once).",
            var b => text + $"; the best snapshot's generator (`repro generate {e.Name} --snapshot best`) {Mb(b.GeneratorBytes)}, remade by replaying " +
                     $"{Text.Int(b.ReplaySteps)} steps of training to epoch {Text.Int(b.Epoch)}" +
                     (b.ReplayMatches == true ? ", and it draws the grid train recorded there bit for bit."
                         : "; it does not draw the grid train recorded there bit for bit (another device or CPU kind than the run's), so it is a rerun of the same conditions."),
        };
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
