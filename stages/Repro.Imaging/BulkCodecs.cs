using SixLabors.ImageSharp.Formats.Png;

namespace Repro.Imaging;

/// <summary>Encoders for stages that write thousands of images (preprocess). Measured on the embedded
/// 200x200 line-art faces with ImageSharp 2.1.13: <see cref="Codecs.GrayPng"/> (level 9, adaptive
/// filters) takes ~69 ms per image; level 6 without row filters takes ~1.3 ms (50x less) and its files
/// are ~5% SMALLER (line art on white paper compresses better unfiltered). Equally deterministic.</summary>
public static class BulkCodecs
{
    /// <summary>8-bit grayscale PNG, zlib level 6, no row filter, no ancillary chunks.</summary>
    public static PngEncoder GrayPng { get; } = new()
    {
        ColorType = PngColorType.Grayscale,
        BitDepth = PngBitDepth.Bit8,
        CompressionLevel = PngCompressionLevel.Level6,
        FilterMethod = PngFilterMethod.None,
        InterlaceMethod = PngInterlaceMode.None,
        ChunkFilter = PngChunkFilter.ExcludeAll,
        TransparentColorMode = PngTransparentColorMode.Preserve,
    };
}
