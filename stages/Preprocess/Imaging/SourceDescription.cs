using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;

namespace Repro.Preprocess.Imaging;

/// <summary>Names a source image's pixel format for the manifest ("PNG gray+alpha 16-bit interlaced",
/// "JPEG CMYK"), from its headers only.</summary>
internal static class SourceDescription
{
    public static string PixelFormat(IImageInfo info, ReadOnlySpan<byte> file, bool isPng)
    {
        if (isPng)
        {
            var png = info.Metadata.GetPngMetadata();
            var color = png.ColorType switch
            {
                PngColorType.Grayscale => "gray",
                PngColorType.GrayscaleWithAlpha => "gray+alpha",
                PngColorType.Rgb => "RGB",
                PngColorType.RgbWithAlpha => "RGBA",
                PngColorType.Palette => "palette",
                _ => "unknown colour type",
            };
            var depth = png.BitDepth is { } bits ? $" {(int)bits}-bit" : "";
            var interlaced = png.InterlaceMethod == PngInterlaceMode.Adam7 ? " interlaced" : "";
            return $"{color}{depth}{interlaced}";
        }
        return JpegHeader.Describe(file) ?? $"{info.PixelType.BitsPerPixel}-bit";
    }
}
