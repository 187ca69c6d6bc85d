using Repro.Report.Inputs;

namespace Repro.Report.Graphs;

/// <summary>One experiment's losses per iteration: D on real, D on fake, G; raw (faint) and smoothed.</summary>
internal static class LossGraph
{
    public static void Write(Experiment e, ReportSettings s, string path)
    {
        var plot = PlotFile.New($"{e.Name}: losses", "iteration", "binary cross-entropy");
        var log = e.Log;
        GraphStyle.RawAndSmoothed(plot, log.Iteration, log.DLossReal, s.Smoothing, GraphStyle.Colour(0), "D loss, real");
        GraphStyle.RawAndSmoothed(plot, log.Iteration, log.DLossFake, s.Smoothing, GraphStyle.Colour(1), "D loss, fake");
        GraphStyle.RawAndSmoothed(plot, log.Iteration, log.GLoss, s.Smoothing, GraphStyle.Colour(2), "G loss");
        plot.Axes.SetLimitsX(0, e.LastIteration);
        plot.ShowLegend(ScottPlot.Edge.Right);
        PlotFile.Save(plot, s.GraphWidth, s.GraphHeight, path);
    }
}
