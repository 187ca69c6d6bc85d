using SkiaSharp;

namespace Repro.Sample.Images;

/// <summary>Draws a line of text into a gray strip (SkiaSharp: ImageSharp.Drawing is not served). Grayscale
/// antialiasing without hinting or subpixel positioning, so the pixels are the same run to run.</summary>
internal static class CaptionStrip
{
    public const byte Background = 235;

    /// <summary>Font size in pixels for an image of the given width: legible on a 172-pixel grid and a 1000-pixel one.</summary>
    public static float FontSize(int width) => Math.Clamp(width / 24f, 11f, 28f);

    public static int Height(int width) => (int)Math.Ceiling(FontSize(width) * 1.6f);

    /// <summary>Row-major 8-bit gray pixels of a width x Height(width) strip with the text left-aligned.</summary>
    public static byte[] Render(string text, int width)
    {
        var height = Height(width);
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(Background, Background, Background));
            using var font = new SKFont(CaptionFont.Get(), FontSize(width)) { Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None, Subpixel = false };
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            var baseline = (height + font.Size * 0.7f) / 2;
            canvas.DrawText(text, font.Size * 0.4f, baseline, SKTextAlign.Left, font, paint);
        }
        var gray = new byte[width * height];
        var rgba = bitmap.GetPixelSpan();
        for (var i = 0; i < gray.Length; i++) gray[i] = rgba[i * 4]; // black on gray: R = G = B
        return gray;
    }
}
