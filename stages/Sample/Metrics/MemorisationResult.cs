namespace Repro.Sample.Metrics;

/// <summary>Memorisation of one sample set: the share below the threshold, the threshold (a percentile of the
/// training leave-one-out distances), median distances of samples and of training images, and each sample's
/// nearest training image.</summary>
internal sealed record MemorisationResult(double Share, double Threshold, double SampleMedian, double TrainingMedian,
    IReadOnlyList<Neighbour> Nearest)
{
    /// <summary>How many samples are below the threshold.</summary>
    public int Count => (int)Math.Round(Share * Nearest.Count);
}
