using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;

namespace Repro.Preprocess.Imaging;

/// <summary>Names a source image's pixel format for the manifest ("PNG gray+alpha 16-bit interlaced",
/// "JPEG CMYK"), from its header only.</summary>
internal static class SourceDescription
{
    public static string PixelFormat(IImageInfo info, bool isPng)
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
        return info.Metadata.GetJpegMetadata().ColorType switch
        {
            JpegColorType.Luminance => "gray",
            JpegColorType.Cmyk => "CMYK",
            JpegColorType.Rgb => "RGB",
            JpegColorType.YCbCrRatio420 => "YCbCr 4:2:0",
            JpegColorType.YCbCrRatio422 => "YCbCr 4:2:2",
            JpegColorType.YCbCrRatio444 => "YCbCr 4:4:4",
            { } other => other.ToString(),
            null => $"{info.PixelType.BitsPerPixel}-bit",
        };
    }
}
