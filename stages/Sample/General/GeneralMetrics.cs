using Repro.Sample.Metrics;

namespace Repro.Sample.General;

/// <summary>FD/KID-ResNet18 of one set (mean and std over the splits).</summary>
internal readonly record struct GeneralFigures(MeanStd Fd, MeanStd Kid);

/// <summary>FD/KID-ResNet18 of the final and best snapshots and of the real-vs-real floor, at CompareSize images a side.</summary>
internal sealed record GeneralMetrics(int CompareSize, GeneralFigures Final, GeneralFigures Best, GeneralFigures RealVsReal);
