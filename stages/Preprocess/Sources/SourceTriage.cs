using Repro.Preprocess.Validation;

namespace Repro.Preprocess.Sources;

/// <summary>Decides from a candidate's first bytes whether to read it, ignore it, or reject it. Content
/// wins over the extension: a PNG named `.jpg` is read; a text file named `.png` is rejected; a file with
/// a non-image name and non-image content (`notes`, `data.bin`) is ignored.</summary>
internal static class SourceTriage
{
    public const int HeadLength = 16;

    /// <summary>Returns the format to read, or null with the reason to ignore the file; throws
    /// <see cref="InvalidSourceException"/> for a file that should be an image but cannot be used.</summary>
    public static (SourceFormat Format, string? IgnoreReason) Classify(SourceFile file, ReadOnlySpan<byte> head, long length)
    {
        var format = FormatSniffer.Sniff(head);
        switch (format)
        {
            case SourceFormat.Png or SourceFormat.Jpeg:
                return (format, null);
            case SourceFormat.Empty:
                throw new InvalidSourceException("empty file: 0 bytes (copy it again or remove it)");
            case SourceFormat.Unknown when !file.HasImageExtension:
                return (format, "not an image (content is neither PNG nor JPEG)");
            case SourceFormat.Unknown:
                throw new InvalidSourceException($"not a PNG or JPEG file: its {length} bytes start with {Preview(head)} (re-export it as PNG or JPEG, or remove it)");
            default:
                throw new InvalidSourceException($"{FormatSniffer.Describe(format)} image: only PNG and JPEG are read (convert it to PNG)");
        }
    }

    /// <summary>The first bytes as text if printable, else hex: enough to recognise HTML, text or garbage.</summary>
    private static string Preview(ReadOnlySpan<byte> head)
    {
        var sample = head[..Math.Min(8, head.Length)];
        foreach (var b in sample)
            if (b < 0x20 || b > 0x7E)
                return "0x" + Convert.ToHexString(sample);
        return $"\"{System.Text.Encoding.ASCII.GetString(sample)}\"";
    }
}
