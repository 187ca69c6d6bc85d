namespace Repro.Preprocess.Sources;

/// <summary>Recognises formats by their magic bytes: only PNG and JPEG are decoded, the others are named so
/// the message can say what a file really is.</summary>
internal static class FormatSniffer
{
    private static readonly byte[] PngMagic = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static SourceFormat Sniff(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty) return SourceFormat.Empty;
        if (head.StartsWith(PngMagic)) return SourceFormat.Png;
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return SourceFormat.Jpeg;
        if (head.StartsWith("GIF8"u8)) return SourceFormat.Gif;
        if (head.StartsWith("BM"u8)) return SourceFormat.Bmp;
        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8)) return SourceFormat.Tiff;
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return SourceFormat.WebP;
        return SourceFormat.Unknown;
    }

    public static string Describe(SourceFormat format) => format switch
    {
        SourceFormat.Png => "PNG",
        SourceFormat.Jpeg => "JPEG",
        SourceFormat.Gif => "GIF",
        SourceFormat.Bmp => "BMP",
        SourceFormat.Tiff => "TIFF",
        SourceFormat.WebP => "WebP",
        SourceFormat.Empty => "empty",
        _ => "unknown",
    };
}
