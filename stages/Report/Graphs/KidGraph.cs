using Repro.Report.Inputs;
using Repro.Report.Params;

namespace Repro.Report.Graphs;

/// <summary>KID on the face classifier's features over snapshots, of one experiment or of all on shared axes, with
/// the real-vs-real noise floor.</summary>
internal static class KidGraph
{
    public static void Write(IReadOnlyList<Experiment> experiments, ReportParams p, string title, string path)
    {
        var plot = PlotFile.New(title, "epoch (the seed's iterations)", "KID, face classifier features (lower is better)");
        for (var i = 0; i < experiments.Count; i++)
        {
            var e = experiments[i];
            var x = e.Metrics.Snapshots.Select(m => (double)m.Epoch).ToArray();
            var y = e.Metrics.Snapshots.Select(m => m.Face.Kid.Mean).ToArray();
            var colour = GraphStyle.Colour(i);
            GraphStyle.Line(plot, x, y, colour, experiments.Count == 1 ? "KID (mean over splits)" : e.Name, markers: true);
            var bars = plot.Add.ErrorBar(x, y, e.Metrics.Snapshots.Select(m => m.Face.Kid.Std).ToArray());
            bars.Color = colour;
        }
        var floor = experiments.Select(e => e.Metrics.RealVsReal.Face.Kid.Mean).Max();
        GraphStyle.Reference(plot, floor, ScottPlot.Colors.Gray, "real vs real (noise floor)");
        plot.Axes.SetLimitsX(0, experiments.Max(e => e.LastEpoch));
        plot.ShowLegend(ScottPlot.Edge.Right);
        PlotFile.Save(plot, p.GraphWidth, p.GraphHeight, path);
    }
}
