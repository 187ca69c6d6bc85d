using Repro.Report.Inputs;
using Repro.Report.Params;

namespace Repro.Report.Graphs;

/// <summary>One experiment's losses per epoch: D on real, D on fake, G; raw (faint) and smoothed.</summary>
internal static class LossGraph
{
    public static void Write(Experiment e, ReportParams p, string path)
    {
        var plot = PlotFile.New($"{e.Name}: losses", EpochAxis.For(e.Log), "binary cross-entropy");
        var log = e.Log;
        GraphStyle.RawAndSmoothed(plot, log.Epoch, log.DLossReal, p.Smoothing, GraphStyle.Colour(0), "D loss, real");
        GraphStyle.RawAndSmoothed(plot, log.Epoch, log.DLossFake, p.Smoothing, GraphStyle.Colour(1), "D loss, fake");
        GraphStyle.RawAndSmoothed(plot, log.Epoch, log.GLoss, p.Smoothing, GraphStyle.Colour(2), "G loss");
        plot.Axes.SetLimitsX(0, e.LastEpoch);
        plot.ShowLegend(ScottPlot.Edge.Right);
        PlotFile.Save(plot, p.GraphWidth, p.GraphHeight, path);
    }
}
