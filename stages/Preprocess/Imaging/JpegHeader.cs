using System.Buffers.Binary;

namespace Repro.Preprocess.Imaging;

/// <summary>Reads a JPEG's colour layout from its markers: ImageSharp 2.x reports CMYK JPEGs as YCbCr in
/// its metadata, so the manifest's pixel format comes from the frame header (component count, sampling)
/// and the Adobe APP14 transform flag instead.</summary>
internal static class JpegHeader
{
    public static string? Describe(ReadOnlySpan<byte> file)
    {
        int? adobeTransform = null;
        var offset = 2;
        while (offset + 4 <= file.Length && file[offset] == 0xFF)
        {
            var marker = file[offset + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(file[(offset + 2)..]);
            var segment = file.Slice(offset + 4, Math.Max(0, Math.Min(length - 2, file.Length - offset - 4)));
            if (marker == 0xEE && segment.Length >= 12 && segment.StartsWith("Adobe"u8))
                adobeTransform = segment[11];
            if (IsStartOfFrame(marker) && segment.Length >= 6)
                return Layout(segment, marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE, adobeTransform);
            offset += 2 + length;
        }
        return null;
    }

    private static bool IsStartOfFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;

    private static string Layout(ReadOnlySpan<byte> frame, bool progressive, int? adobeTransform)
    {
        var components = frame[5];
        var suffix = (frame[0] != 8 ? $" {frame[0]}-bit" : "") + (progressive ? " progressive" : "");
        var kind = components switch
        {
            1 => "gray",
            3 when adobeTransform == 0 => "RGB",
            3 => "YCbCr" + Subsampling(frame),
            4 when adobeTransform == 2 => "CMYK (YCCK-coded)",
            4 => "CMYK",
            _ => $"{components} components",
        };
        return kind + suffix;
    }

    /// <summary>" 4:2:0" style from the first (luma) component's sampling factors.</summary>
    private static string Subsampling(ReadOnlySpan<byte> frame)
    {
        if (frame.Length < 6 + 9) return "";
        var h = frame[7] >> 4;
        var v = frame[7] & 0x0F;
        return (h, v) switch
        {
            (1, 1) => " 4:4:4",
            (2, 1) => " 4:2:2",
            (2, 2) => " 4:2:0",
            (4, 1) => " 4:1:1",
            _ => $" {h}x{v}",
        };
    }
}
