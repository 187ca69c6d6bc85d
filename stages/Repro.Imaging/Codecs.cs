using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;

namespace Repro.Imaging;

/// <summary>The only decoders and encoders the stages use. Decoding is limited to PNG, JPEG and GIF (other
/// ImageSharp 2.x formats carry unfixed advisories); encoders are explicit so bytes never depend on the
/// source image's format.</summary>
public static class Codecs
{
    /// <summary>A configuration that decodes PNG, JPEG and GIF only.</summary>
    public static Configuration Decoding { get; } = new(new PngConfigurationModule(), new JpegConfigurationModule(), new GifConfigurationModule());

    /// <summary>8-bit grayscale PNG, best compression, no ancillary chunks: identical bytes run to run.</summary>
    public static PngEncoder GrayPng { get; } = new()
    {
        ColorType = PngColorType.Grayscale,
        BitDepth = PngBitDepth.Bit8,
        CompressionLevel = PngCompressionLevel.BestCompression,
        FilterMethod = PngFilterMethod.Adaptive,
        InterlaceMethod = PngInterlaceMode.None,
        ChunkFilter = PngChunkFilter.ExcludeAll,
        TransparentColorMode = PngTransparentColorMode.Preserve,
    };

    /// <summary>8-bit RGB PNG (for graphs and composites with colour).</summary>
    public static PngEncoder RgbPng { get; } = new()
    {
        ColorType = PngColorType.Rgb,
        BitDepth = PngBitDepth.Bit8,
        CompressionLevel = PngCompressionLevel.BestCompression,
        FilterMethod = PngFilterMethod.Adaptive,
        InterlaceMethod = PngInterlaceMode.None,
        ChunkFilter = PngChunkFilter.ExcludeAll,
    };
}
