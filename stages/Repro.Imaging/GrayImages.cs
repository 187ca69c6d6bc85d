using Repro.Contract;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Repro.Imaging;

/// <summary>Conversions between raw 8-bit gray pixels (ImageBatch) and ImageSharp images, and grids.</summary>
public static class GrayImages
{
    public static Image<L8> FromPixels(ReadOnlySpan<byte> pixels, int width, int height) =>
        Image.LoadPixelData<L8>(pixels, width, height);

    public static byte[] ToPixels(Image<L8> image)
    {
        var pixels = new byte[image.Width * image.Height];
        image.CopyPixelDataTo(pixels);
        return pixels;
    }

    /// <summary>Lays images out in a grid, row by row, with a gutter of the given gray between and around them.
    /// Unused cells stay gutter-coloured.</summary>
    public static Image<L8> Grid(ImageBatch batch, int columns, int gutter = 2, byte gutterGray = 255, int? count = null)
    {
        var n = Math.Min(count ?? batch.Count, batch.Count);
        columns = Math.Max(1, Math.Min(columns, Math.Max(1, n)));
        var rows = Math.Max(1, (n + columns - 1) / columns);
        var width = columns * batch.Width + (columns + 1) * gutter;
        var height = rows * batch.Height + (rows + 1) * gutter;
        var canvas = new byte[width * height];
        Array.Fill(canvas, gutterGray);
        for (var i = 0; i < n; i++)
        {
            var x0 = gutter + (i % columns) * (batch.Width + gutter);
            var y0 = gutter + (i / columns) * (batch.Height + gutter);
            var source = batch.Image(i);
            for (var y = 0; y < batch.Height; y++)
                source.Slice(y * batch.Width, batch.Width).CopyTo(canvas.AsSpan((y0 + y) * width + x0, batch.Width));
        }
        return FromPixels(canvas, width, height);
    }

    public static void SavePng(Image<L8> image, string path) => image.Save(path, Codecs.GrayPng);
}
