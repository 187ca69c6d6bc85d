using Repro.Imaging;
using ScottPlot;
using SixLabors.ImageSharp.PixelFormats;

namespace Repro.Report.Graphs;

/// <summary>Writes a plot as an RGB PNG of a fixed size. ScottPlot renders with the committed font; the PNG is
/// re-encoded with the project's explicit encoder so the bytes do not depend on Skia's encoder settings.</summary>
internal static class PlotFile
{
    public static Plot New(string title, string xLabel, string yLabel)
    {
        GraphFont.Register();
        var plot = new Plot();
        plot.Font.Set(GraphFont.Name);
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return plot;
    }

    public static void Save(Plot plot, int width, int height, string path)
    {
        var png = plot.GetImageBytes(width, height, ImageFormat.Png);
        using var image = SixLabors.ImageSharp.Image.Load<Rgb24>(Codecs.Decoding, png);
        SixLabors.ImageSharp.ImageExtensions.Save(image, path, Codecs.RgbPng);
    }
}
