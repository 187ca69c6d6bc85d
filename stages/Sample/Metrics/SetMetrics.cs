namespace Repro.Sample.Metrics;

/// <summary>The quality of one image set against a reference set: KID (mean, std over subsets), diversity
/// ratio, memorisation share, median nearest-neighbour distance relative to the reference's own
/// leave-one-out median, and NDB (different bins out of the bins used).</summary>
internal sealed record SetMetrics(MeanStd Kid, double DiversityRatio, double MemorisationShare,
    double NearestMedianRatio, int Ndb, int NdbBins);
