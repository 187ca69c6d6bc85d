using System.Text;
using Repro.Report.Analysis;
using Repro.Report.Graphs;
using Repro.Report.Inputs;
using Repro.Report.Params;

namespace Repro.Report.Markdown;

/// <summary>All experiments at the same epochs (the unified schedule), and their losses and KID on shared axes.</summary>
internal static class SideBySideSection
{
    public static void Write(StringBuilder md, IReadOnlyList<Experiment> experiments, ReportParams p, Assets assets)
    {
        md.Append("## Side by side\n\n");
        md.Append("The fixed-latent grids of every experiment at the same epochs (— where a run had stopped or took no snapshot):\n\n");
        md.Append(MarkdownText.Row(["epoch", .. experiments.Select(e => e.Name)])).Append('\n');
        md.Append(MarkdownText.Separator(1 + experiments.Count)).Append('\n');
        foreach (var epoch in UnifiedSchedule.Rows(experiments, p.SideBySideRows))
        {
            var cells = experiments.Select(e => e.Metrics.Snapshots.Any(s => s.Epoch == epoch)
                ? MarkdownText.Image($"{e.Name} at {epoch}", ExperimentSection.Grid(e, epoch, assets))
                : "—");
            md.Append(MarkdownText.Row([epoch.ToString(System.Globalization.CultureInfo.InvariantCulture), .. cells])).Append('\n');
        }
        md.Append('\n');
        SharedLossGraph.Write(experiments, p, assets.Target("all/losses.png"));
        md.Append(MarkdownText.Image("losses of all experiments", Assets.Link("all/losses.png"))).Append("\n\n");
        KidGraph.Write(experiments, p, "KID of all experiments", assets.Target("all/kid.png"));
        md.Append(MarkdownText.Image("KID of all experiments", Assets.Link("all/kid.png"))).Append("\n\n");
    }
}
