using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Repro.Preprocess.Imaging;

/// <summary>Flattens transparency onto the background and converts to 8-bit gray in one pass.
/// The order matters: converting first would turn a transparent black pixel (0,0,0,0) into black; here it
/// becomes the background. Compositing each channel over a gray background and then taking luma equals
/// taking luma and then compositing (both are linear), so one rounding gives the flattened-then-gray value.</summary>
internal static class GrayConversion
{
    // BT.709 luma weights in 16.16 fixed point; they sum to 65536 so gray in gives the same gray out.
    private const int WeightR = 13933;
    private const int WeightG = 46871;
    private const int WeightB = 4732;

    /// <summary>Returns the gray pixels, row-major, and whether any pixel was not fully opaque.</summary>
    public static (byte[] Pixels, bool HadTransparency) ToGray(Image<Rgba32> image, byte background)
    {
        var pixels = new byte[image.Width * image.Height];
        var transparent = false;
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                var target = pixels.AsSpan(y * rows.Width, rows.Width);
                for (var x = 0; x < row.Length; x++)
                {
                    var p = row[x];
                    var luma = (p.R * WeightR + p.G * WeightG + p.B * WeightB + 32768) >> 16;
                    if (p.A != 255) transparent = true;
                    target[x] = (byte)((luma * p.A + background * (255 - p.A) + 127) / 255);
                }
            }
        });
        return (pixels, transparent);
    }
}
