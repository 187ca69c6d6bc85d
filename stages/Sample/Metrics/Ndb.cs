namespace Repro.Sample.Metrics;

/// <summary>Number of statistically Different Bins (Richardson and Weiss 2018): training images are binned by
/// k-means; a bin is different when the share of samples in it differs from the share of training images by
/// a two-proportion z-test at the 5% level (|z| > 1.96). A generator that misses or overweights modes has
/// many; small sets have little power, which the real-vs-real noise floor shows.</summary>
internal static class Ndb
{
    private const double CriticalZ = 1.959964;

    public static int Count(int[] referenceBins, int[] sampleBins, int bins)
    {
        var significant = 0;
        for (var b = 0; b < bins; b++)
        {
            var n1 = referenceBins.Length;
            var n2 = sampleBins.Length;
            var p1 = referenceBins.Count(x => x == b) / (double)n1;
            var p2 = sampleBins.Count(x => x == b) / (double)n2;
            var pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
            var se = Math.Sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
            if (se > 0 && Math.Abs(p2 - p1) / se > CriticalZ) significant++;
        }
        return significant;
    }
}
