using Repro.Report.Analysis;
using Repro.Report.Inputs;

namespace Repro.Report.Graphs;

/// <summary>Every experiment's smoothed losses on shared axes: G solid, D (mean of real and fake) dashed,
/// one colour per experiment.</summary>
internal static class SharedLossGraph
{
    public static void Write(IReadOnlyList<Experiment> experiments, ReportSettings s, string path)
    {
        var plot = PlotFile.New($"losses of all experiments (mean of {s.Smoothing} D/G steps)", "epoch (the seed's iterations)", "binary cross-entropy");
        for (var i = 0; i < experiments.Count; i++)
        {
            var log = experiments[i].Log;
            var d = log.DLossReal.Zip(log.DLossFake, (r, f) => (r + f) / 2).ToArray();
            GraphStyle.Line(plot, log.Epoch, Series.MovingAverage(log.GLoss, s.Smoothing), GraphStyle.Colour(i), $"{experiments[i].Name} G");
            GraphStyle.Line(plot, log.Epoch, Series.MovingAverage(d, s.Smoothing), GraphStyle.Colour(i), $"{experiments[i].Name} D", dashed: true);
        }
        plot.Axes.SetLimitsX(0, experiments.Max(e => e.LastEpoch));
        plot.ShowLegend(ScottPlot.Edge.Right);
        PlotFile.Save(plot, s.GraphWidth, s.GraphHeight, path);
    }
}
