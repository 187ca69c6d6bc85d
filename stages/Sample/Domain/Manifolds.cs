using Repro.Sample.Metrics;

namespace Repro.Sample.Domain;

/// <summary>k-nearest-neighbour manifold estimates of fidelity and diversity. Each point's ball reaches its k-th
/// nearest other point of its own set.
/// <para>Precision and recall (Kynkaanniemi et al. 2019, k = 3): the share of generated points inside some
/// real ball, and of real points inside some generated ball.</para>
/// <para>Density and coverage (Naeem et al. 2020, k = 5): how many real balls hold each generated point, over k
/// (about 1 for matching sets, above 1 where samples crowd real modes), and the share of real balls that hold
/// at least one generated point (robust to outliers, unlike recall).</para></summary>
internal static class Manifolds
{
    public const int PrecisionRecallK = 3;
    public const int DensityCoverageK = 5;

    public static (double Precision, double Recall) PrecisionRecall(float[][] real, float[][] fake)
    {
        var realRadii = KthRadii(real, PrecisionRecallK);
        var fakeRadii = KthRadii(fake, PrecisionRecallK);
        return (ShareInside(fake, real, realRadii), ShareInside(real, fake, fakeRadii));
    }

    public static (double Density, double Coverage) DensityCoverage(float[][] real, float[][] fake)
    {
        var radii = KthRadii(real, DensityCoverageK);
        long inside = 0;
        var covered = new bool[real.Length];
        foreach (var y in fake)
        {
            for (var i = 0; i < real.Length; i++)
            {
                if (FixedVectors.SquaredDistance(y, real[i]) > radii[i]) continue;
                inside++;
                covered[i] = true;
            }
        }
        return (inside / ((double)DensityCoverageK * fake.Length), covered.Count(c => c) / (double)real.Length);
    }

    /// <summary>Share of points lying in at least one ball (centres, squared radii).</summary>
    private static double ShareInside(float[][] points, float[][] centres, float[] radii) =>
        points.Count(p => centres.Where((c, i) => FixedVectors.SquaredDistance(p, c) <= radii[i]).Any()) / (double)points.Length;

    /// <summary>Squared distance from each point to its k-th nearest other point of the same set.</summary>
    private static float[] KthRadii(float[][] set, int k)
    {
        var kth = Math.Min(k, set.Length - 1);
        return set.Select((p, i) => set.Where((_, j) => j != i).Select(q => FixedVectors.SquaredDistance(p, q))
            .Order().ElementAt(kth - 1)).ToArray();
    }
}
