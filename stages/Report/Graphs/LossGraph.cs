using Repro.Report.Inputs;

namespace Repro.Report.Graphs;

/// <summary>One experiment's losses per epoch: D on real, D on fake, G; raw (faint) and smoothed.</summary>
internal static class LossGraph
{
    public static void Write(Experiment e, ReportSettings s, string path)
    {
        var plot = PlotFile.New($"{e.Name}: losses", EpochAxis.For(e.Log), "binary cross-entropy");
        var log = e.Log;
        GraphStyle.RawAndSmoothed(plot, log.Epoch, log.DLossReal, s.Smoothing, GraphStyle.Colour(0), "D loss, real");
        GraphStyle.RawAndSmoothed(plot, log.Epoch, log.DLossFake, s.Smoothing, GraphStyle.Colour(1), "D loss, fake");
        GraphStyle.RawAndSmoothed(plot, log.Epoch, log.GLoss, s.Smoothing, GraphStyle.Colour(2), "G loss");
        plot.Axes.SetLimitsX(0, e.LastEpoch);
        plot.ShowLegend(ScottPlot.Edge.Right);
        PlotFile.Save(plot, s.GraphWidth, s.GraphHeight, path);
    }
}
