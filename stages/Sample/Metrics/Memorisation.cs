namespace Repro.Sample.Metrics;

/// <summary>Memorisation: the share of samples closer to some training image (mirrors included) than the
/// given percentile of the training set's own leave-one-out nearest-neighbour distances. A generator that
/// draws new images scores near the percentile itself (5% for the 5th); copying pushes it towards 100%.</summary>
internal static class Memorisation
{
    public static MemorisationBaseline Baseline(ReferenceSet reference, double percentile)
    {
        var loo = reference.LeaveOneOutDistances();
        return new MemorisationBaseline(Percentile(loo, percentile), Percentile(loo, 50));
    }

    public static MemorisationResult Measure(float[][] samples, ReferenceSet reference, MemorisationBaseline baseline)
    {
        var nearest = samples.Select(s => reference.Nearest(s)).ToArray();
        var share = nearest.Count(n => n.Distance < baseline.Threshold) / (double)samples.Length;
        var median = Percentile(nearest.Select(n => n.Distance).ToArray(), 50);
        return new MemorisationResult(share, baseline.Threshold, median, baseline.TrainingMedian, nearest);
    }

    /// <summary>Linear interpolation between order statistics (the common "type 7" definition).</summary>
    public static double Percentile(double[] values, double percentile)
    {
        var sorted = values.Order().ToArray();
        var position = percentile / 100 * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
    }
}
