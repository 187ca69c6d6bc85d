using Repro.Report.Tests.Synthetic;
using Repro.Sample.Metrics;

namespace Repro.Report.Tests.Sample.Metrics;

public class MemorisationTests
{
    private static TrainingReference Training(bool flip) =>
        TrainingReference.Build(SyntheticDataset.Images(60, 32, flip), size: 32, percentile: 5, bins: 6, seed: 1);

    [Fact]
    public void Should_Count_Copies_And_Mirror_Copies_As_Memorised()
    {
        var training = Training(flip: false);
        var mirrors = SyntheticDataset.Images(60, 32, flip: false);
        var mirrored = Enumerable.Range(0, 60).Select(i => PixelVectors.Of(mirrors.Image(i), 32, 32, 32, mirror: true)).ToArray();

        Assert.Equal(1, Memorisation.Measure(training.Vectors, training.Reference, training.Baseline).Share);
        Assert.Equal(1, Memorisation.Measure(mirrored, training.Reference, training.Baseline).Share);
    }

    [Fact]
    public void Should_Count_Few_Fresh_Drawings_As_Memorised()
    {
        var training = Training(flip: false);
        var fresh = Enumerable.Range(0, 60).Select(i => PixelVectors.Of(Drawings.Random(32, 0, new Random(Drawings.Mix(90_000 + i))), 32, 32, 32, false)).ToArray();

        Assert.InRange(Memorisation.Measure(fresh, training.Reference, training.Baseline).Share, 0, 0.25);
    }

    [Fact]
    public void Should_Not_Let_An_Image_Find_Its_Own_Mirror_When_The_Dataset_Holds_Flips()
    {
        var plain = Training(flip: false);
        var flipped = Training(flip: true);

        // With flips in the set, leave-one-out must skip the image's own mirror, or every distance is 0.
        Assert.True(flipped.Baseline.Threshold > 0);
        Assert.Equal(plain.Baseline.TrainingMedian, flipped.Baseline.TrainingMedian, 6);
    }

    [Fact]
    public void Should_Keep_An_Image_And_Its_Mirror_In_The_Same_Half()
    {
        var training = Training(flip: true);
        var groupsA = training.HalfA.Select(i => training.Reference.Groups[i]).ToHashSet();

        Assert.DoesNotContain(training.HalfB, i => groupsA.Contains(training.Reference.Groups[i]));
        Assert.Equal(60, training.HalfA.Length + training.HalfB.Length - 60);
    }
}
