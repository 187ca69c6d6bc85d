namespace Repro.Engine.Definition;

/// <summary>A metric a stage publishes, like DVC's `metrics:`: a label and where the value lives,
/// "metrics.json:final.kidMean" (an out file of the stage, then a dotted JSON path inside it). `repro exp show`
/// lists it, the lock records it, and with a <see cref="Tolerance"/> `repro verify` compares it when bits
/// cannot be compared (another numerics class).</summary>
internal sealed record MetricDefinition(string Label, string File, string JsonPath, MetricTolerance? Tolerance = null)
{
    public static MetricDefinition? Parse(string label, string location, MetricTolerance? tolerance = null)
    {
        var colon = location.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 || colon == location.Length - 1 ? null
            : new MetricDefinition(label, location[..colon], location[(colon + 1)..], tolerance);
    }
}

/// <summary>How far a reproduced value may be from the locked one: the larger of <see cref="Absolute"/> and
/// <see cref="K"/> times the run's own noise (a JSON path in the same file: e.g. KID's std over subsets, a
/// loss's std over the last iterations), taking the larger noise of the two runs.</summary>
internal sealed record MetricTolerance(double Absolute, string? NoisePath, double K)
{
    public double For(double? lockedNoise, double? reproducedNoise) =>
        Math.Max(Absolute, K * Math.Max(lockedNoise ?? 0, reproducedNoise ?? 0));
}
