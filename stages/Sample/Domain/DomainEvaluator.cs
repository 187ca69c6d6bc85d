using Repro.Contract;
using Repro.Sample.Metrics;

namespace Repro.Sample.Domain;

/// <summary>Measures image sets in the face classifier's feature space against the training set, and the training
/// set against itself (the floor), by one estimator on equal set sizes: for each of S seeded splits of the
/// training set into halves A and B (an image and its mirror in the same half), m images of A against m of the
/// set (or, for the floor, m of B), m = the smaller of a half and the smallest set measured. Every figure is
/// the mean and std over the splits, so a generated set is read against the spread of two real draws.
/// Features are scaled once so the training features have mean square 1 (as the kernel of KID expects).</summary>
internal sealed class DomainEvaluator
{
    private readonly ClassifierSpace _space;
    private readonly Standardizer _standardizer;
    private readonly float[][] _features;
    private readonly int[][] _predictions;
    private readonly (int[] A, int[] B)[] _splits;
    private readonly ReferenceSet _reference;
    private readonly MemorisationBaseline _baseline;
    private readonly TrainingReference _training;
    private readonly int _seed;
    private readonly double _percentile;

    public DomainEvaluator(ClassifierSpace space, ImageBatch dataset, TrainingReference training, int splits,
        int smallestSet, double memorisationPercentile, int seed)
    {
        _space = space;
        _training = training;
        _seed = seed;
        _percentile = memorisationPercentile;
        var embedding = space.Embed(dataset);
        _standardizer = new Standardizer(embedding.Features);
        _features = _standardizer.Apply(embedding.Features);
        _predictions = embedding.Predictions;
        var random = new Random(seed);
        _splits = Enumerable.Range(0, splits).Select(_ => TrainingReference.Halves(training.Reference.Groups, random)).ToArray();
        CompareSize = Math.Min(smallestSet, _splits.Min(s => Math.Min(s.A.Length, s.B.Length)));
        if (CompareSize < 2)
            throw new StageInputException($"The domain metrics need at least 2 images per set; the smallest set measured has {smallestSet}. Raise train.evalSamples.");
        var mirrors = _standardizer.Apply(space.Embed(dataset, mirror: true).Features);
        _reference = new ReferenceSet(_features, mirrors, training.Reference.Groups);
        _baseline = Memorisation.Baseline(_reference, memorisationPercentile);
    }

    public int CompareSize { get; }
    public int[][] TrainingHistograms => AttributeCounts.Histograms(_predictions, _space.Heads);
    public int TrainingCombinations => AttributeCounts.Combinations(_predictions);

    public (DomainMetrics Metrics, MemorisationResult Memorisation) Evaluate(ImageBatch samples)
    {
        var embedding = _space.Embed(samples);
        var features = _standardizer.Apply(embedding.Features);
        var memorisation = Memorisation.Measure(features, _reference, _baseline);
        var metrics = Compare(features, embedding.Predictions, (_, _) => (features, embedding.Predictions), memorisation);
        return (metrics, memorisation);
    }

    /// <summary>Half B as the set, against half A (the fixed halves of the pixel metrics for memorisation).</summary>
    public DomainMetrics RealVsReal()
    {
        var a = _training.HalfA;
        var b = _training.HalfB;
        var reference = _reference.Subset(a);
        var memorisation = Memorisation.Measure(b.Select(i => _features[i]).ToArray(), reference,
            Memorisation.Baseline(reference, _percentile));
        // The whole-set figures (count, histograms, combinations) are half B's.
        return Compare(Pick(_features, b), Pick(_predictions, b), (split, _) => (Pick(_features, split.B), Pick(_predictions, split.B)), memorisation);
    }

    private DomainMetrics Compare(float[][] allFeatures, int[][] allPredictions,
        Func<(int[] A, int[] B), int, (float[][] Features, int[][] Predictions)> other, MemorisationResult memorisation)
    {
        var m = CompareSize;
        var random = new Random(_seed ^ 0x5EED);
        var rows = new List<double[]>();
        for (var s = 0; s < _splits.Length; s++)
        {
            var split = _splits[s];
            var (setFeatures, setPredictions) = other(split, s);
            var real = Subsets.Draw(split.A, m, random);
            var fake = Subsets.Draw(Enumerable.Range(0, setFeatures.Length).ToArray(), m, random);
            var x = Pick(_features, real);
            var y = Pick(setFeatures, fake);
            var (precision, recall) = Manifolds.PrecisionRecall(x, y);
            var (density, coverage) = Manifolds.DensityCoverage(x, y);
            var yPredictions = Pick(setPredictions, fake);
            rows.Add([
                FrechetDistance.Between(x, y), Kid.Mmd2(x, y), precision, recall, density, coverage,
                AttributeCounts.Divergence(AttributeCounts.Histograms(Pick(_predictions, real), _space.Heads), AttributeCounts.Histograms(yPredictions, _space.Heads)),
                AttributeCounts.Combinations(yPredictions),
            ]);
        }
        MeanStd Column(int c) => MeanStd.Of(rows.Select(r => r[c]).ToArray());
        return new DomainMetrics(allFeatures.Length, m, Column(0), Column(1), Column(2), Column(3), Column(4), Column(5), Column(6), Column(7),
            AttributeCounts.Histograms(allPredictions, _space.Heads), AttributeCounts.Combinations(allPredictions),
            memorisation.Share, memorisation.Count, memorisation.SampleMedian / memorisation.TrainingMedian);
    }

    private static T[] Pick<T>(T[] items, int[] indices) => indices.Select(i => items[i]).ToArray();
}
