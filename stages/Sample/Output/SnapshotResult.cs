using Repro.Sample.Domain;
using Repro.Sample.Metrics;

namespace Repro.Sample.Output;

/// <summary>The metrics of one snapshot: its evaluation batch against the training set (on pixels and random-CNN
/// features, and in the face classifier's feature space), and the diversity of its fixed-latent grid.</summary>
internal sealed record SnapshotResult(int Epoch, SetMetrics Eval, DomainMetrics Face, double GridDiversityRatio);
