namespace Repro.Preprocess.Validation;

/// <summary>Checks a JPEG ends with its end-of-image marker (FF D9). Like truncated PNGs, truncated JPEGs
/// decode without an error (the missing blocks come out gray). Some cameras append a few bytes after the
/// marker, so the tail is searched, not only the last two bytes.</summary>
internal static class JpegIntegrity
{
    private const int TailSearch = 4096;

    public static void Check(ReadOnlySpan<byte> file)
    {
        var tail = file[Math.Max(2, file.Length - TailSearch)..];
        if (tail.IndexOf([(byte)0xFF, (byte)0xD9]) < 0)
            throw new InvalidSourceException($"truncated JPEG: no end-of-image marker in the last {Math.Min(TailSearch, file.Length)} bytes (the file was cut short; copy it again)");
    }
}
