namespace Repro.Report.Tests.Synthetic;

/// <summary>Tiny stand-ins for drawings: a dark elliptical stroke on white, placed by parameters, with optional
/// noise. Enough structure for the metrics to tell sets apart.</summary>
internal static class Drawings
{
    public static byte[] Ellipse(int size, double cx, double cy, double rx, double ry, double noise, Random random)
    {
        var pixels = new byte[size * size];
        for (var y = 0; y < size; y++)
            for (var x = 0; x < size; x++)
            {
                var dx = (x - cx * size) / (rx * size);
                var dy = (y - cy * size) / (ry * size);
                var r = Math.Sqrt(dx * dx + dy * dy);
                var ink = Math.Abs(r - 1) < 0.18 ? 0.0 : 1.0;
                var value = (1 - noise) * ink + noise * random.NextDouble();
                pixels[y * size + x] = (byte)Math.Clamp(Math.Round(value * 255), 0, 255);
            }
        return pixels;
    }

    /// <summary>One random drawing: centre, radii drawn from the "data distribution".</summary>
    public static byte[] Random(int size, double noise, Random random) => Ellipse(size,
        0.35 + 0.3 * random.NextDouble(), 0.35 + 0.3 * random.NextDouble(),
        0.15 + 0.2 * random.NextDouble(), 0.15 + 0.2 * random.NextDouble(), noise, random);

    /// <summary>A well-mixed seed (SplitMix64 finaliser): System.Random with consecutive seeds gives
    /// correlated first draws, which would line the "random" drawings up along a curve.</summary>
    public static int Mix(long seed)
    {
        var z = (ulong)seed + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)((z ^ (z >> 31)) & 0x7FFFFFFF);
    }

    public static byte[] Noise(int size, Random random)
    {
        var pixels = new byte[size * size];
        random.NextBytes(pixels);
        return pixels;
    }
}
