using Repro.Report.Tests.Synthetic;
using Repro.Sample.Metrics;

namespace Repro.Report.Tests.Sample.Metrics;

public class KidTests
{
    private static float[][] Features(byte[][] images, int size = 32)
    {
        var extractor = new RandomConvFeatures(seed: 1);
        var vectors = images.Select(i => PixelVectors.Of(i, size, size, size, mirror: false)).ToArray();
        var raw = extractor.Extract(vectors, size);
        return new Standardizer(raw).Apply(raw);
    }

    private static byte[][] Drawn(int count, int seed) =>
        Enumerable.Range(0, count).Select(i => Drawings.Random(32, 0, new Random(Drawings.Mix(seed * 10_000L + i)))).ToArray();

    [Fact]
    public void Should_Be_About_Zero_For_A_Set_Against_Itself_And_Large_Against_Noise()
    {
        var drawings = Drawn(80, seed: 1);
        var noise = Enumerable.Range(0, 80).Select(i => Drawings.Noise(32, new Random(i))).ToArray();
        var features = Features([.. drawings, .. noise]);
        var real = features[..80];

        var self = Kid.Compute(real, real, subsets: 5, subsetSize: 40, seed: 3);
        var againstNoise = Kid.Compute(real, features[80..], subsets: 5, subsetSize: 40, seed: 3);

        Assert.InRange(self.Mean, -0.05, 0.05);
        Assert.True(againstNoise.Mean > 50 * Math.Max(Math.Abs(self.Mean), 0.01), $"KID vs noise {againstNoise.Mean}, vs self {self.Mean}");
    }

    [Fact]
    public void Should_Rank_A_Fresh_Draw_Of_The_Same_Distribution_Below_A_Noisy_One()
    {
        var features = Features([.. Drawn(60, seed: 1), .. Drawn(60, seed: 2),
            .. Enumerable.Range(0, 60).Select(i => Drawings.Random(32, 0.5, new Random(Drawings.Mix(30_000 + i))))]);

        var fresh = Kid.Compute(features[..60], features[60..120], 5, 40, 3);
        var noisy = Kid.Compute(features[..60], features[120..], 5, 40, 3);

        Assert.True(fresh.Mean < noisy.Mean / 5, $"fresh {fresh.Mean}, noisy {noisy.Mean}");
        Assert.True(fresh.Std > 0);
    }

    [Fact]
    public void Should_Repeat_Exactly_With_The_Same_Seed()
    {
        var features = Features(Drawn(40, seed: 4));

        Assert.Equal(Kid.Compute(features[..20], features[20..], 4, 10, 9), Kid.Compute(features[..20], features[20..], 4, 10, 9));
    }
}
