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
        string[] metrics = ["final KID", "best KID (epoch)", "KID floor", "diversity ratio", "memorisation",
            $"D accuracy real / fake (last {Text.Percent(p.TailShare)})", "NDB"];
        md.Append(MarkdownText.Row(["experiment", .. differing.Select(MarkdownText.Code), .. metrics])).Append('\n');
        md.Append(MarkdownText.Separator(1 + differing.Count + metrics.Length)).Append('\n');
        foreach (var e in experiments)
            md.Append(MarkdownText.Row([e.Name, .. differing.Select(k => MarkdownText.Cell(Conditions.Value(e, k))), .. Metrics(e, p)])).Append('\n');
        md.Append('\n');
        if (differing.Count == 0) md.Append("The experiments share every condition.\n\n");
        if (shared.Count > 0)
            md.Append("Shared by all: ").Append(string.Join(", ", shared.Select(k => $"{MarkdownText.Code(k)} = {MarkdownText.Cell(Conditions.Value(experiments[0], k))}"))).Append(".\n\n");
        md.Append("KID is the final generator's (mean ± std over subsets; lower is better) and the KID floor is one half of the training set " +
                  "against the other, what two draws of real drawings score. Diversity ratio 1 means as varied as the training set; memorisation " +
                  "is the share of near-copies; NDB counts the k-means bins of the training set the samples fill differently (of the bins used). " +
                  "Exact definitions at the end.\n\n");
    }

    private static IEnumerable<string> Metrics(Experiment e, ReportParams p)
    {
        var m = e.Metrics;
        yield return Text.Kid(m.Final.KidMean, m.Final.KidStd);
        yield return $"{Text.Kid(m.Best.KidMean)} ({Text.Int(m.BestEpoch)})";
        yield return Text.Kid(m.RealVsReal.KidMean);
        yield return Text.Ratio(m.Final.DiversityRatio);
        yield return Text.Percent(m.Final.MemorisationShare);
        yield return $"{Text.Percent(Series.TailMean(e.Log.DAccReal, p.TailShare))} / {Text.Percent(Series.TailMean(e.Log.DAccFake, p.TailShare))}";
        yield return $"{Text.Int(m.Final.Ndb)} of {Text.Int(m.Final.NdbBins)}";
    }
}
