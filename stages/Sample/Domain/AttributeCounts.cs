namespace Repro.Sample.Domain;

/// <summary>The seed code's class histogram, per attribute: how often the classifier names each class, how many
/// attribute combinations a set holds, and the Jensen-Shannon divergence between two sets' histograms.</summary>
internal static class AttributeCounts
{
    public static int[][] Histograms(int[][] predictions, IReadOnlyList<AttributeHead> heads) =>
        heads.Select((h, head) =>
        {
            var counts = new int[h.Classes.Length];
            foreach (var p in predictions) counts[p[head]]++;
            return counts;
        }).ToArray();

    /// <summary>Distinct combinations of every head's class.</summary>
    public static int Combinations(IEnumerable<int[]> predictions) =>
        predictions.Select(p => string.Join(",", p)).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The mean over attributes of the Jensen-Shannon divergence (bits, 0 to 1) between the histograms.</summary>
    public static double Divergence(int[][] a, int[][] b) => a.Zip(b, JensenShannon).Average();

    public static double JensenShannon(int[] a, int[] b)
    {
        double totalA = a.Sum(), totalB = b.Sum(), js = 0;
        for (var i = 0; i < a.Length; i++)
        {
            double p = a[i] / totalA, q = b[i] / totalB, m = (p + q) / 2;
            if (p > 0) js += p / 2 * Math.Log2(p / m);
            if (q > 0) js += q / 2 * Math.Log2(q / m);
        }
        return js;
    }
}
