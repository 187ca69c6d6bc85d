using System.Text;
using Repro.Report.Analysis;
using Repro.Report.Inputs;
using Repro.Report.Observations;
using Repro.Report.Params;

namespace Repro.Report.Markdown;

/// <summary>The experiments side by side, like `dvc exp show`: the conditions that differ, then the key
/// metrics of the final generator, the best snapshot and the noise floor.</summary>
internal static class ExperimentsTable
{
    public static void Write(StringBuilder md, IReadOnlyList<Experiment> experiments, ReportParams p)
    {
        var (differing, shared) = Conditions.Split(experiments);
        md.Append("## Experiments\n\n");
        string[] metrics = ["final KID", "best KID (epoch)", "KID floor", "FD (floor)", "precision / recall", "coverage",
            "combinations (real)", "memorised", $"D accuracy real / fake (last {Text.Percent(p.TailShare)})", "NDB"];
        md.Append(MarkdownText.Row(["experiment", .. differing.Select(MarkdownText.Code), .. metrics])).Append('\n');
        md.Append(MarkdownText.Separator(1 + differing.Count + metrics.Length)).Append('\n');
        foreach (var e in experiments)
            md.Append(MarkdownText.Row([e.Name, .. differing.Select(k => MarkdownText.Cell(Conditions.Value(e, k))), .. Metrics(e, p)])).Append('\n');
        md.Append('\n');
        if (differing.Count == 0) md.Append("The experiments share every condition.\n\n");
        if (shared.Count > 0)
            md.Append("Shared by all: ").Append(string.Join(", ", shared.Select(k => $"{MarkdownText.Code(k)} = {MarkdownText.Cell(Conditions.Value(experiments[0], k))}"))).Append(".\n\n");
        md.Append("Every figure but NDB is in the Repro face classifier's feature space (see Feature spaces below). KID and FD are the final " +
                  "generator's (mean ± std over splits of the training set; lower is better) and the floor is one half of the training set " +
                  "against the other at the same set size, what two draws of real drawings score. Precision is fidelity, recall and coverage " +
                  "diversity (1 = as a second draw of real drawings would). Combinations counts the attribute combinations (hair, expression, " +
                  "hair tone, collar) in as many samples as real images (real: the floor). Memorised counts near-copies of a training image " +
                  "among the final samples. NDB counts the k-means bins of the training pixels the samples fill differently. Exact " +
                  "definitions at the end.\n\n");
    }

    private static IEnumerable<string> Metrics(Experiment e, ReportParams p)
    {
        var m = e.Metrics;
        var (final, floor) = (m.Final.Face, m.RealVsReal.Face);
        yield return Text.Kid(final.Kid.Mean, final.Kid.Std);
        yield return $"{Text.Kid(m.Best.Face.Kid.Mean, m.Best.Face.Kid.Std)} ({Text.Int(m.BestEpoch)})";
        yield return Text.Kid(floor.Kid.Mean, floor.Kid.Std);
        yield return $"{Text.Kid(final.Fd.Mean)} ({Text.Kid(floor.Fd.Mean)})";
        yield return $"{Text.Ratio(final.Precision.Mean)} / {Text.Ratio(final.Recall.Mean)}";
        yield return Text.Ratio(final.Coverage.Mean);
        yield return $"{Text.Number(Math.Round(final.Combinations.Mean, 1))} ({Text.Number(Math.Round(floor.Combinations.Mean, 1))})";
        yield return $"{Text.Int(final.Memorised)} of {Text.Int(final.Images)}";
        yield return $"{Text.Percent(Series.TailMean(e.Log.DAccReal, p.TailShare))} / {Text.Percent(Series.TailMean(e.Log.DAccFake, p.TailShare))}";
        yield return $"{Text.Int(m.Final.Ndb)} of {Text.Int(m.Final.NdbBins)}";
    }
}
