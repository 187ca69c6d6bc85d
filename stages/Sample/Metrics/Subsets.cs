namespace Repro.Sample.Metrics;

/// <summary>Seeded draws of m distinct indices (a partial Fisher-Yates shuffle), so every subset is reproducible.</summary>
internal static class Subsets
{
    public static int[] Draw(IReadOnlyList<int> indices, int m, Random random)
    {
        var order = indices.ToArray();
        for (var i = 0; i < m; i++)
        {
            var j = random.Next(i, order.Length);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order[..m];
    }
}
