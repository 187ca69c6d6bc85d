namespace Repro.Preprocess.Imaging;

/// <summary>A white point (preprocess.threshold): everything at least as light as it becomes paper white,
/// darker values stretch linearly over 0..255. Unlike a hard black/white threshold this keeps the
/// anti-aliased edges of lines (a GAN learns smooth strokes better than jagged ones), yet it removes the
/// gray paper, shadows and faint smudges of photographed drawings.</summary>
internal static class Levels
{
    public static void ApplyWhitePoint(byte[] pixels, int whitePoint)
    {
        if (whitePoint <= 0) return;
        Span<byte> map = stackalloc byte[256];
        for (var v = 0; v < 256; v++)
            map[v] = v >= whitePoint ? (byte)255 : (byte)((v * 255 + whitePoint / 2) / whitePoint);
        for (var i = 0; i < pixels.Length; i++)
            pixels[i] = map[pixels[i]];
    }
}
