using Repro.Report.Analysis;
using Repro.Report.Inputs;
using Repro.Report.Params;

namespace Repro.Report.Graphs;

/// <summary>Every experiment's smoothed losses on shared axes: G solid, D (mean of real and fake) dashed,
/// one colour per experiment.</summary>
internal static class SharedLossGraph
{
    public static void Write(IReadOnlyList<Experiment> experiments, ReportParams p, string path)
    {
        var plot = PlotFile.New($"losses of all experiments (mean of {p.Smoothing} D/G steps)", "epoch (the seed's iterations)", "binary cross-entropy");
        for (var i = 0; i < experiments.Count; i++)
        {
            var log = experiments[i].Log;
            var d = log.DLossReal.Zip(log.DLossFake, (r, f) => (r + f) / 2).ToArray();
            GraphStyle.Line(plot, log.Epoch, Series.MovingAverage(log.GLoss, p.Smoothing), GraphStyle.Colour(i), $"{experiments[i].Name} G");
            GraphStyle.Line(plot, log.Epoch, Series.MovingAverage(d, p.Smoothing), GraphStyle.Colour(i), $"{experiments[i].Name} D", dashed: true);
        }
        plot.Axes.SetLimitsX(0, experiments.Max(e => e.LastEpoch));
        plot.ShowLegend(ScottPlot.Edge.Right);
        PlotFile.Save(plot, p.GraphWidth, p.GraphHeight, path);
    }
}
