using Repro.Sample.Metrics;

namespace Repro.Sample.Domain;

/// <summary>One set's figures in the classifier's feature space. The MeanStd figures come from the
/// equal-size comparison (<see cref="DomainEvaluator"/>): over seeded splits, m images of the set against m of
/// one training half; the floor is the other half in the set's place. The rest describe the whole set.</summary>
internal sealed record DomainMetrics(
    int Images,
    int CompareSize,
    MeanStd Fd,
    MeanStd Kid,
    MeanStd Precision,
    MeanStd Recall,
    MeanStd Density,
    MeanStd Coverage,
    MeanStd Divergence,
    MeanStd Combinations,
    int[][] Histograms,
    int AllCombinations,
    double MemorisationShare,
    int Memorised,
    double NearestMedianRatio);
