using Repro.Report.Tests.Synthetic;
using Repro.Sample.Metrics;

namespace Repro.Report.Tests.Sample.Metrics;

public class DiversityAndNdbTests
{
    private static float[][] Vectors(int count, int seed, double noise = 0) => Enumerable.Range(0, count)
        .Select(i => PixelVectors.Of(Drawings.Random(32, noise, new Random(Drawings.Mix(seed * 10_000L + i))), 32, 32, 32, false)).ToArray();

    [Fact]
    public void Diversity_Should_Be_Zero_For_Copies_And_Similar_For_Two_Draws()
    {
        var a = Vectors(60, 1);
        var b = Vectors(60, 2);
        var copies = Enumerable.Repeat(a[0], 30).ToArray();

        Assert.Equal(0, Diversity.MeanPairwise(copies));
        Assert.InRange(Diversity.MeanPairwise(b) / Diversity.MeanPairwise(a), 0.85, 1.15);
    }

    [Fact]
    public void Ndb_Should_Find_Few_Bins_For_A_Fresh_Draw_And_Many_For_A_Collapsed_Set()
    {
        var training = Vectors(200, 1);
        var bins = KMeans.Fit(training, 8, seed: 1);
        var trainingBins = training.Select(bins.Assign).ToArray();
        var fresh = Vectors(200, 2).Select(bins.Assign).ToArray();
        var collapsed = Enumerable.Repeat(training[0], 200).Select(bins.Assign).ToArray();

        Assert.InRange(Ndb.Count(trainingBins, fresh, 8), 0, 2);
        Assert.Equal(8, Ndb.Count(trainingBins, collapsed, 8));
    }

    [Fact]
    public void KMeans_Should_Give_The_Same_Bins_For_The_Same_Seed()
    {
        var points = Vectors(50, 3);

        Assert.Equal(KMeans.Fit(points, 5, 7).Centres, KMeans.Fit(points, 5, 7).Centres);
    }
}
