using Repro.Imaging;

namespace Repro.Train.Generate;

/// <summary>Latent vectors for `repro generate`, drawn in managed code (SplitMix64 + Box-Muller in double) so a
/// seed gives the same vectors on every CPU, and interpolated spherically between two of them.</summary>
internal static class LatentDraw
{
    /// <summary><paramref name="count"/> standard normal vectors; with a truncation, every component whose
    /// magnitude exceeds it is drawn again (the truncation trick: fewer, more typical images).</summary>
    public static float[][] Normal(int seed, int count, int dimensions, double? truncation)
    {
        var random = new SplitMix64((ulong)(uint)seed ^ 0x67656e6572617465UL);   // "generate"
        var vectors = new float[count][];
        for (var i = 0; i < count; i++)
        {
            vectors[i] = new float[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                double z;
                do z = Gaussian(random);
                while (truncation is { } t && Math.Abs(z) > t);
                vectors[i][d] = (float)z;
            }
        }
        return vectors;
    }

    /// <summary><paramref name="steps"/> points from <paramref name="a"/> to <paramref name="b"/> along the great
    /// circle (a straight line when they are parallel), both ends included.</summary>
    public static float[][] Slerp(float[] a, float[] b, int steps)
    {
        double Dot(float[] x, float[] y) => x.Zip(y, (p, q) => (double)p * q).Sum();
        var cos = Dot(a, b) / Math.Sqrt(Dot(a, a) * Dot(b, b));
        var omega = Math.Acos(Math.Clamp(cos, -1, 1));
        var sin = Math.Sin(omega);
        return Enumerable.Range(0, steps).Select(step =>
        {
            var t = steps == 1 ? 0 : (double)step / (steps - 1);
            var (wa, wb) = sin < 1e-6 ? (1 - t, t) : (Math.Sin((1 - t) * omega) / sin, Math.Sin(t * omega) / sin);
            return a.Zip(b, (p, q) => (float)(wa * p + wb * q)).ToArray();
        }).ToArray();
    }

    private static double Gaussian(SplitMix64 random)
    {
        // Box-Muller on two uniforms in (0, 1]: one normal per pair keeps the stream simple.
        var u1 = 1.0 - random.NextULong() / (double)ulong.MaxValue * (1 - 1e-16);
        var u2 = random.NextULong() / (double)ulong.MaxValue;
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
