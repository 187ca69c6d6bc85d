using Repro.Report.Inputs;
using Repro.Report.Params;

namespace Repro.Report.Graphs;

/// <summary>One experiment's discriminator: hard-label accuracy on real and fake, mean D(x) and D(G(z)), and
/// the accuracy above which the "discriminator dominates" rule looks.</summary>
internal static class DiscriminatorGraph
{
    public static void Write(Experiment e, ReportParams p, string path)
    {
        var plot = PlotFile.New($"{e.Name}: discriminator", EpochAxis.For(e.Log), "accuracy / mean output");
        var log = e.Log;
        GraphStyle.RawAndSmoothed(plot, log.Epoch, log.DAccReal, p.Smoothing, GraphStyle.Colour(0), "accuracy, real");
        GraphStyle.RawAndSmoothed(plot, log.Epoch, log.DAccFake, p.Smoothing, GraphStyle.Colour(1), "accuracy, fake");
        GraphStyle.RawAndSmoothed(plot, log.Epoch, log.DRealMean, p.Smoothing, GraphStyle.Colour(4), "D(x)");
        GraphStyle.RawAndSmoothed(plot, log.Epoch, log.DFakeMean, p.Smoothing, GraphStyle.Colour(3), "D(G(z))");
        GraphStyle.Reference(plot, p.DominanceAccuracy, ScottPlot.Colors.Gray, "dominance threshold");
        plot.Axes.SetLimits(0, e.LastEpoch, -0.02, 1.05);
        plot.ShowLegend(ScottPlot.Edge.Right);
        PlotFile.Save(plot, p.GraphWidth, p.GraphHeight, path);
    }
}
