namespace Repro.Sample.Metrics;

/// <summary>A nearest training image: its index, whether its mirror image matched, and the RMS distance.</summary>
internal readonly record struct Neighbour(int Index, bool Mirrored, double Distance);
