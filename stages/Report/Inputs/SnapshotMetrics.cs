namespace Repro.Report.Inputs;

/// <summary>One row of sample's metrics.json (a snapshot, the final generator, or the real-vs-real floor): the
/// random-CNN and pixel figures, and <see cref="Face"/>, those in the face classifier's feature space.</summary>
internal sealed record SnapshotMetrics(int Epoch, double KidMean, double KidStd, double DiversityRatio,
    double GridDiversityRatio, double MemorisationShare, double NearestMedianRatio, int Ndb, int NdbBins, FaceMetrics Face);
