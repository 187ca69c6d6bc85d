using Repro.Report.Analysis;
using ScottPlot;

namespace Repro.Report.Graphs;

/// <summary>Line conventions shared by the graphs: a faint raw series under its smoothed version, one colour
/// per series (Category10), legends for the smoothed lines only.</summary>
internal static class GraphStyle
{
    private static readonly ScottPlot.Palettes.Category10 Palette = new();

    public static Color Colour(int index) => Palette.GetColor(index);

    public static void RawAndSmoothed(Plot plot, double[] x, double[] y, int window, Color colour, string label)
    {
        if (window > 1)
        {
            var raw = plot.Add.ScatterLine(x, y, colour.WithAlpha(0.22));
            raw.LineWidth = 1;
        }
        var smooth = plot.Add.ScatterLine(x, Series.MovingAverage(y, window), colour);
        smooth.LineWidth = 2;
        smooth.LegendText = window > 1 ? $"{label} (mean of {window})" : label;
    }

    public static void Line(Plot plot, double[] x, double[] y, Color colour, string label, bool dashed = false, bool markers = false)
    {
        var line = plot.Add.ScatterLine(x, y, colour);
        line.LineWidth = 2;
        line.LegendText = label;
        if (dashed) line.LinePattern = LinePattern.Dashed;
        if (markers) line.MarkerSize = 6;
    }

    public static void Reference(Plot plot, double y, Color colour, string label)
    {
        var line = plot.Add.HorizontalLine(y, 1.5f, colour, LinePattern.Dotted);
        line.LegendText = label;
    }
}
