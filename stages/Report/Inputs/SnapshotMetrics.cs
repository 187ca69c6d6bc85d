namespace Repro.Report.Inputs;

/// <summary>One row of sample's metrics.json (a snapshot, the final generator, or the real-vs-real floor).</summary>
internal sealed record SnapshotMetrics(int Epoch, double KidMean, double KidStd, double DiversityRatio,
    double GridDiversityRatio, double MemorisationShare, double NearestMedianRatio, int Ndb, int NdbBins);
