namespace Repro.Sample.Metrics;

/// <summary>The training set's own leave-one-out distances: the memorisation threshold (a low percentile)
/// and the median, computed once per training set.</summary>
internal readonly record struct MemorisationBaseline(double Threshold, double TrainingMedian);
