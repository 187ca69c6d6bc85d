using Repro.Report.Inputs;
using Repro.Report.Params;

namespace Repro.Report.Graphs;

/// <summary>One experiment's shares over snapshots in the face classifier's feature space: precision (fidelity),
/// recall and coverage (diversity), attribute combinations relative to as many real drawings (with the collapse
/// threshold), memorisation share; and the pixel diversity of the fixed-latent grid (1 = as varied as the
/// training set).</summary>
internal static class RatioGraph
{
    public static void Write(Experiment e, ReportParams p, string path)
    {
        var plot = PlotFile.New($"{e.Name}: fidelity, diversity and memorisation", EpochAxis.For(e.Log), "share / ratio");
        var snapshots = e.Metrics.Snapshots;
        var realCombinations = e.Metrics.RealVsReal.Face.Combinations.Mean;
        var x = snapshots.Select(m => (double)m.Epoch).ToArray();
        GraphStyle.Line(plot, x, snapshots.Select(m => m.Face.Precision.Mean).ToArray(), GraphStyle.Colour(0), "precision (k = 3)", markers: true);
        GraphStyle.Line(plot, x, snapshots.Select(m => m.Face.Recall.Mean).ToArray(), GraphStyle.Colour(1), "recall (k = 3)", markers: true);
        GraphStyle.Line(plot, x, snapshots.Select(m => m.Face.Coverage.Mean).ToArray(), GraphStyle.Colour(2), "coverage (k = 5)", markers: true);
        GraphStyle.Line(plot, x, snapshots.Select(m => m.Face.Combinations.Mean / realCombinations).ToArray(), GraphStyle.Colour(4), "attribute combinations / real", markers: true);
        GraphStyle.Line(plot, x, snapshots.Select(m => m.Face.MemorisationShare).ToArray(), GraphStyle.Colour(3), "memorisation share", markers: true);
        GraphStyle.Line(plot, x, snapshots.Select(m => m.GridDiversityRatio).ToArray(), GraphStyle.Colour(5), "pixel diversity, fixed-latent grid", dashed: true);
        GraphStyle.Reference(plot, p.CollapseRatio, ScottPlot.Colors.Gray, "collapse threshold");
        var top = Math.Max(1.2, snapshots.Max(m => Math.Max(m.GridDiversityRatio, m.Face.Combinations.Mean / realCombinations)) * 1.05);
        plot.Axes.SetLimits(0, e.LastEpoch, 0, top);
        plot.ShowLegend(ScottPlot.Edge.Right);
        PlotFile.Save(plot, p.GraphWidth, p.GraphHeight, path);
    }
}
