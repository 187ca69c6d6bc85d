using Repro.Report.Inputs;
using Repro.Report.Params;

namespace Repro.Report.Graphs;

/// <summary>One experiment's ratios over snapshots: diversity of the samples and of the fixed-latent grid
/// (1 = as varied as the training set), memorisation share, and the collapse threshold.</summary>
internal static class RatioGraph
{
    public static void Write(Experiment e, ReportParams p, string path)
    {
        var plot = PlotFile.New($"{e.Name}: diversity and memorisation", EpochAxis.For(e.Log), "ratio / share");
        var snapshots = e.Metrics.Snapshots;
        var x = snapshots.Select(m => (double)m.Epoch).ToArray();
        GraphStyle.Line(plot, x, snapshots.Select(m => m.DiversityRatio).ToArray(), GraphStyle.Colour(0), "diversity ratio, samples", markers: true);
        GraphStyle.Line(plot, x, snapshots.Select(m => m.GridDiversityRatio).ToArray(), GraphStyle.Colour(1), "diversity ratio, fixed-latent grid", dashed: true);
        GraphStyle.Line(plot, x, snapshots.Select(m => m.MemorisationShare).ToArray(), GraphStyle.Colour(3), "memorisation share", markers: true);
        GraphStyle.Reference(plot, p.CollapseRatio, ScottPlot.Colors.Gray, "collapse threshold");
        var top = Math.Max(1.2, snapshots.Max(m => Math.Max(m.DiversityRatio, m.GridDiversityRatio)) * 1.05);
        plot.Axes.SetLimits(0, e.LastEpoch, 0, top);
        plot.ShowLegend(ScottPlot.Edge.Right);
        PlotFile.Save(plot, p.GraphWidth, p.GraphHeight, path);
    }
}
