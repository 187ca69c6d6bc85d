using Repro.Report.Inputs;
using Repro.Report.Params;
using ScottPlot;

namespace Repro.Report.Graphs;

/// <summary>The seed code's class histogram per snapshot, for faces: for one attribute, a stacked bar of class
/// shares for the training images (as the face classifier names them) and then for every snapshot's samples, so
/// a class that takes over or vanishes is seen at a glance.</summary>
internal static class AttributeGraph
{
    public static void Write(Experiment e, string attribute, ReportParams p, string path)
    {
        var metrics = e.Metrics;
        var classes = metrics.Classifier.Heads.First(h => h.Name == attribute).Classes;
        var columns = new List<(string Label, int[] Counts)> { ("train", metrics.TrainingHistograms[attribute]) };
        columns.AddRange(metrics.Snapshots.Select(s => (s.Epoch.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Face.Histograms[attribute])));

        var plot = PlotFile.New($"{e.Name}: {attribute} as the face classifier sees it", "training images, then the samples of each snapshot (epoch)", "share");
        for (var c = 0; c < classes.Length; c++)
        {
            var bars = columns.Select((column, i) =>
            {
                var total = (double)Math.Max(1, column.Counts.Sum());
                var below = column.Counts.Take(c).Sum() / total;
                return new Bar { Position = i, ValueBase = below, Value = below + column.Counts[c] / total, FillColor = GraphStyle.Colour(c), LineWidth = 0 };
            }).ToList();
            var series = plot.Add.Bars(bars);
            series.LegendText = classes[c];
        }
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, columns.Count).Select(i => (double)i).ToArray(), columns.Select(c => c.Label).ToArray());
        plot.Axes.SetLimits(-0.6, columns.Count - 0.4, 0, 1);
        plot.ShowLegend(Edge.Right);
        PlotFile.Save(plot, p.GraphWidth, (int)(p.GraphHeight * 0.8), path);
    }
}
