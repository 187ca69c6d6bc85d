namespace Repro.Engine.Generation;

/// <summary>`repro generate EXP`: which snapshot's generator, how many images from which seed, the truncation,
/// the grid's columns, where to write them, and an optional interpolation between two of the samples.</summary>
public sealed record GenerateOptions
{
    public required string Experiment { get; init; }
    public string Snapshot { get; init; } = "final";
    public int Count { get; init; } = 25;
    public int Seed { get; init; }
    public double? Truncation { get; init; }
    public int? Columns { get; init; }

    /// <summary>The output folder (default: outputs/generated/EXP/seed-S); replaced as a whole.</summary>
    public string? OutDir { get; init; }

    /// <summary>Two 1-based sample numbers, or null.</summary>
    public (int From, int To)? Interpolate { get; init; }

    public int Steps { get; init; } = 8;
}
