namespace Repro.Sample.Metrics;

/// <summary>Kernel Inception Distance without Inception: the unbiased MMD^2 estimate with the cubic
/// polynomial kernel k(x, y) = (x.y / d + 1)^3 (Binkowski et al. 2018), averaged over random subsets.
/// Unbiased, so a set against another draw of the same distribution scores about 0 (it can dip below).</summary>
internal static class Kid
{
    public static MeanStd Compute(float[][] real, float[][] fake, int subsets, int subsetSize, int seed)
    {
        var m = Math.Min(subsetSize, Math.Min(real.Length, fake.Length));
        if (m < 2) throw new ArgumentException($"KID needs at least 2 images per set, got {real.Length} and {fake.Length}.");
        var random = new Random(seed);
        var estimates = new double[subsets];
        for (var s = 0; s < subsets; s++)
        {
            var x = Subset(real, m, random);
            var y = Subset(fake, m, random);
            estimates[s] = Mmd2(x, y);
        }
        return MeanStd.Of(estimates);
    }

    /// <summary>The noise floor: per subset, a fresh seeded split of the real set into two halves (split
    /// returns them), then the same estimate between the halves. Fresh splits make the std honest even when a
    /// half is smaller than the subset size.</summary>
    public static MeanStd BetweenHalves(Func<Random, (float[][] A, float[][] B)> split, int subsets, int subsetSize, int seed)
    {
        var random = new Random(seed);
        var estimates = new double[subsets];
        for (var s = 0; s < subsets; s++)
        {
            var (a, b) = split(random);
            var m = Math.Min(subsetSize, Math.Min(a.Length, b.Length));
            if (m < 2) throw new ArgumentException($"KID needs at least 2 images per half, got {a.Length} and {b.Length}.");
            estimates[s] = Mmd2(Subset(a, m, random), Subset(b, m, random));
        }
        return MeanStd.Of(estimates);
    }

    internal static double Mmd2(float[][] x, float[][] y)
    {
        int m = x.Length, d = x[0].Length;
        double xx = 0, yy = 0, xy = 0;
        for (var i = 0; i < m; i++)
        {
            for (var j = i + 1; j < m; j++)
            {
                xx += Kernel(x[i], x[j], d);
                yy += Kernel(y[i], y[j], d);
            }
            for (var j = 0; j < m; j++) xy += Kernel(x[i], y[j], d);
        }
        // Off-diagonal sums were taken over i < j: double them.
        return 2 * (xx + yy) / (m * (m - 1.0)) - 2 * xy / ((double)m * m);
    }

    private static double Kernel(float[] a, float[] b, int d)
    {
        var k = (double)FixedVectors.Dot(a, b) / d + 1;
        return k * k * k;
    }

    /// <summary>m distinct elements by a partial Fisher-Yates shuffle (seeded, so reproducible).</summary>
    internal static float[][] Subset(float[][] items, int m, Random random)
    {
        var order = Enumerable.Range(0, items.Length).ToArray();
        for (var i = 0; i < m; i++)
        {
            var j = random.Next(i, order.Length);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order.Take(m).Select(i => items[i]).ToArray();
    }
}
