using Repro.Sample.Metrics;

namespace Repro.Sample.Output;

/// <summary>The metrics of one snapshot: its evaluation batch against the training set, and the diversity of
/// its fixed-latent grid.</summary>
internal sealed record SnapshotResult(int Epoch, SetMetrics Eval, double GridDiversityRatio);
