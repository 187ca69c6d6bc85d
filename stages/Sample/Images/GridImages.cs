using Repro.Imaging;
using Repro.Contract;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Repro.Sample.Images;

/// <summary>Grids of generated images at native size, a thin mid-gray gutter so white-background drawings
/// stay apart, and grids with a caption strip on top (the GIF frames).</summary>
internal static class GridImages
{
    public const int Gutter = 2;
    public const byte GutterGray = 128;

    public static Image<L8> Grid(ImageBatch batch, int columns, int? count = null) =>
        GrayImages.Grid(batch, columns, Gutter, GutterGray, count);

    public static Image<L8> Captioned(ImageBatch batch, int columns, string caption)
    {
        using var grid = Grid(batch, columns);
        var strip = CaptionStrip.Render(caption, grid.Width);
        var stripHeight = strip.Length / grid.Width;
        var pixels = new byte[grid.Width * (grid.Height + stripHeight)];
        strip.CopyTo(pixels, 0);
        GrayImages.ToPixels(grid).CopyTo(pixels, strip.Length);
        return GrayImages.FromPixels(pixels, grid.Width, grid.Height + stripHeight);
    }
}
