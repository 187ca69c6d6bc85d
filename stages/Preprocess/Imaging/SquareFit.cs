using Repro.Imaging;
using Repro.Preprocess.Params;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Repro.Preprocess.Imaging;

/// <summary>Makes a gray image square at the target size: pad, crop (centre) or stretch, resampling with
/// Lanczos3 (sharp line art, deterministic).</summary>
internal static class SquareFit
{
    public static (byte[] Pixels, string Step) Fit(Image<L8> image, int size, FitMode mode, byte background)
    {
        int w = image.Width, h = image.Height;
        var (tw, th) = ScaledSize(w, h, size, mode);
        if (tw != w || th != h)
            image.Mutate(c => c.Resize(tw, th, KnownResamplers.Lanczos3));
        var scaled = GrayImages.ToPixels(image);
        var square = new byte[size * size];
        Array.Fill(square, background);
        // Centre the scaled image in the square: pad leaves a margin, crop starts inside the scaled image.
        int dx = (size - tw) / 2, dy = (size - th) / 2;
        for (var y = 0; y < size; y++)
        {
            var sy = y - dy;
            if (sy < 0 || sy >= th) continue;
            var x0 = Math.Max(0, dx);
            var sx0 = x0 - dx;
            var count = Math.Min(size - x0, tw - sx0);
            scaled.AsSpan(sy * tw + sx0, count).CopyTo(square.AsSpan(y * size + x0, count));
        }
        return (square, Describe(mode, w, h, tw, th, size, background));
    }

    /// <summary>The size the source is resampled to before centring in the square.</summary>
    public static (int Width, int Height) ScaledSize(int width, int height, int size, FitMode mode)
    {
        if (mode == FitMode.Stretch || width == height) return (size, size);
        var longer = Math.Max(width, height);
        var shorter = Math.Min(width, height);
        var other = mode == FitMode.Pad
            ? Math.Max(1, (int)Math.Round((double)size * shorter / longer, MidpointRounding.AwayFromZero))
            : Math.Max(size, (int)Math.Round((double)size * longer / shorter, MidpointRounding.AwayFromZero));
        return width > height ? (mode == FitMode.Pad ? (size, other) : (other, size)) : (mode == FitMode.Pad ? (other, size) : (size, other));
    }

    private static string Describe(FitMode mode, int w, int h, int tw, int th, int size, byte background)
    {
        var resample = tw == w && th == h ? "no resampling" : $"Lanczos3 {w}x{h} -> {tw}x{th}";
        return mode switch
        {
            _ when tw == size && th == size => $"fit {mode.ToString().ToLowerInvariant()}: {resample}",
            FitMode.Pad => $"fit pad: {resample}, padded to {size}x{size} with gray {background}",
            _ => $"fit crop: {resample}, centre {size}x{size} kept",
        };
    }
}
