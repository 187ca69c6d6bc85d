using Repro.Contract;

namespace Repro.Sample.Metrics;

/// <summary>Everything the metrics need from the training set, computed once: pixel vectors, mirror groups,
/// standardised random-CNN features, the diversity and leave-one-out baselines, the NDB bins, and two halves
/// (an image and its mirror always in the same half) for the real-vs-real noise floor.</summary>
internal sealed class TrainingReference
{
    public required float[][] Vectors { get; init; }
    public required ReferenceSet Reference { get; init; }
    public required RandomConvFeatures Extractor { get; init; }
    public required Standardizer Standardizer { get; init; }
    public required float[][] Features { get; init; }
    public required double Diversity { get; init; }
    public required MemorisationBaseline Baseline { get; init; }
    public required KMeans Bins { get; init; }
    public required int[] BinOf { get; init; }
    public required int[] HalfA { get; init; }
    public required int[] HalfB { get; init; }
    public required int Size { get; init; }

    public static TrainingReference Build(ImageBatch dataset, int size, double percentile, int bins, int seed)
    {
        var vectors = PixelVectors.Of(dataset, size);
        var groups = MirrorGroups(dataset);
        var reference = new ReferenceSet(vectors, PixelVectors.Of(dataset, size, mirror: true), groups);
        var extractor = new RandomConvFeatures(seed);
        var raw = extractor.Extract(vectors, size);
        var standardizer = new Standardizer(raw);
        var kmeans = KMeans.Fit(vectors, bins, seed);
        var (a, b) = Halves(groups, new Random(seed));
        return new TrainingReference
        {
            Vectors = vectors, Reference = reference, Extractor = extractor, Standardizer = standardizer,
            Features = standardizer.Apply(raw), Diversity = Metrics.Diversity.MeanPairwise(vectors),
            Baseline = Memorisation.Baseline(reference, percentile), Bins = kmeans,
            BinOf = vectors.Select(kmeans.Assign).ToArray(), HalfA = a, HalfB = b, Size = size,
        };
    }

    /// <summary>Features of a fresh random split into halves (mirror groups kept together).</summary>
    public (float[][] A, float[][] B) SplitFeatures(Random random)
    {
        var (a, b) = Halves(Reference.Groups, random);
        return (a.Select(i => Features[i]).ToArray(), b.Select(i => Features[i]).ToArray());
    }

    public float[][] FeaturesOf(float[][] vectors) => Standardizer.Apply(Extractor.Extract(vectors, Size));

    /// <summary>Group ids: images equal to each other or to each other's mirror share one (augment.flip adds
    /// every mirror to the set, and leave-one-out must not find an image's own mirror).</summary>
    private static int[] MirrorGroups(ImageBatch dataset)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new int[dataset.Count];
        for (var i = 0; i < dataset.Count; i++)
        {
            var image = dataset.Image(i).ToArray();
            var mirror = Mirror(image, dataset.Width);
            var canonical = image.AsSpan().SequenceCompareTo(mirror) <= 0 ? image : mirror;
            var key = ContentHash.Of(canonical);
            if (!ids.TryGetValue(key, out var id)) ids[key] = id = ids.Count;
            groups[i] = id;
        }
        return groups;
    }

    public static byte[] Mirror(ReadOnlySpan<byte> image, int width)
    {
        var mirror = image.ToArray();
        for (var row = 0; row < mirror.Length; row += width) mirror.AsSpan(row, width).Reverse();
        return mirror;
    }

    /// <summary>A seeded shuffle of the groups, split in two; the images of a group stay together.</summary>
    internal static (int[] A, int[] B) Halves(int[] groups, Random random)
    {
        var order = groups.Distinct().Order().ToArray();
        random.Shuffle(order);
        var inA = order.Take(order.Length / 2).ToHashSet();
        var indices = Enumerable.Range(0, groups.Length);
        return (indices.Where(i => inA.Contains(groups[i])).ToArray(), indices.Where(i => !inA.Contains(groups[i])).ToArray());
    }
}
