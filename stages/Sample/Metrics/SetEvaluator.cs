using Repro.Contract;
using Repro.Sample.Params;
using Repro.StageHost;

namespace Repro.Sample.Metrics;

/// <summary>Measures image sets against the training set, and the training halves against each other (the
/// noise floor: what the same metrics say about two draws of real images).</summary>
internal sealed class SetEvaluator(TrainingReference training, SampleParams p)
{
    public (SetMetrics Metrics, MemorisationResult Memorisation) Evaluate(ImageBatch samples)
    {
        var vectors = PixelVectors.Of(samples, training.Size);
        var kid = Kid.Compute(training.Features, training.FeaturesOf(vectors), p.KidSubsets, p.KidSubsetSize, p.Seed);
        var memorisation = Memorisation.Measure(vectors, training.Reference, training.Baseline);
        var ndb = Ndb.Count(training.BinOf, vectors.Select(training.Bins.Assign).ToArray(), training.Bins.Centres.Length);
        var metrics = new SetMetrics(kid, Diversity.MeanPairwise(vectors) / training.Diversity, memorisation.Share,
            memorisation.SampleMedian / memorisation.TrainingMedian, ndb, training.Bins.Centres.Length);
        return (metrics, memorisation);
    }

    public double GridDiversityRatio(ImageBatch grid) =>
        Diversity.MeanPairwise(PixelVectors.Of(grid, training.Size)) / training.Diversity;

    /// <summary>Half B measured as if it were generated, against half A as the training set (KID over a fresh
    /// random split per subset).</summary>
    public SetMetrics RealVsReal()
    {
        float[][] Pick(float[][] items, int[] indices) => indices.Select(i => items[i]).ToArray();
        var a = training.HalfA;
        var b = training.HalfB;
        var kid = Kid.BetweenHalves(training.SplitFeatures, p.KidSubsets, p.KidSubsetSize, p.Seed);
        var reference = training.Reference.Subset(a);
        var memorisation = Memorisation.Measure(Pick(training.Vectors, b), reference, Memorisation.Baseline(reference, p.MemorisationPercentile));
        var ndb = Ndb.Count(a.Select(i => training.BinOf[i]).ToArray(), b.Select(i => training.BinOf[i]).ToArray(), training.Bins.Centres.Length);
        var diversity = Diversity.MeanPairwise(Pick(training.Vectors, b)) / training.Diversity;
        return new SetMetrics(kid, diversity, memorisation.Share, memorisation.SampleMedian / memorisation.TrainingMedian,
            ndb, training.Bins.Centres.Length);
    }
}
