using SkiaSharp;

namespace Repro.Sample.Images;

/// <summary>The committed DejaVu Sans (copied next to the program from stages/Report/Fonts): captions render
/// the same on every machine, with or without system fonts.</summary>
internal static class CaptionFont
{
    private static readonly Lazy<SKTypeface> Typeface = new(Load);

    public static SKTypeface Get() => Typeface.Value;

    private static SKTypeface Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fonts", "DejaVuSans.ttf");
        if (!File.Exists(path))
            throw new FileNotFoundException($"The committed font is missing at '{path}'. Rebuild the Sample project.", path);
        return SKTypeface.FromFile(path) ?? throw new InvalidOperationException($"SkiaSharp cannot load the font '{path}'.");
    }
}
