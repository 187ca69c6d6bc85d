namespace Repro.Preprocess.Imaging;

/// <summary>One source image after normalisation: the output PNG bytes and what the manifest says
/// about it (original format and size, every step applied).</summary>
internal sealed record NormalisedImage(
    string Format,
    string PixelFormat,
    int Width,
    int Height,
    IReadOnlyList<string> Steps,
    byte[] Png);
