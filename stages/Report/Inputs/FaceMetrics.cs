namespace Repro.Report.Inputs;

/// <summary>A mean and std over the sample stage's training-set splits.</summary>
internal readonly record struct Spread(double Mean, double Std);

/// <summary>One set's figures in the face classifier's feature space (metrics.json "face"): the equal-size
/// comparisons (<see cref="CompareSize"/> images against as many of one training half) and the whole set's
/// attribute histograms and memorisation.</summary>
internal sealed record FaceMetrics(int Images, int CompareSize, Spread Fd, Spread Kid, Spread Precision, Spread Recall,
    Spread Density, Spread Coverage, Spread Divergence, Spread Combinations, int AllCombinations,
    IReadOnlyDictionary<string, int[]> Histograms, double MemorisationShare, int Memorised);

/// <summary>The classifier as metrics.json describes it: its heads (attribute, classes) and its accuracies.</summary>
internal sealed record ClassifierInfo(int Size, IReadOnlyList<(string Name, string[] Classes)> Heads,
    IReadOnlyDictionary<string, double> HeldOut, IReadOnlyDictionary<string, double> Embedded, IReadOnlyDictionary<string, double> Chance);

/// <summary>FD and KID of one set on ResNet18's ImageNet features.</summary>
internal sealed record ResNetFigures(Spread Fd, Spread Kid);

/// <summary>metrics.json "resnet18": FD/KID-ResNet18 of the final and best snapshots and the floor, or absent when
/// sample.resnetImages is 0.</summary>
internal sealed record ResNetMetrics(int CompareSize, ResNetFigures Final, ResNetFigures Best, ResNetFigures RealVsReal);
