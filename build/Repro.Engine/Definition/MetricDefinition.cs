namespace Repro.Engine.Definition;

/// <summary>A metric a stage publishes for `repro exp show`, like DVC's `metrics:`: a label and where the value
/// lives, "metrics.json:final.kidMean" (an out file of the stage, then a dotted JSON path inside it).</summary>
internal sealed record MetricDefinition(string Label, string File, string JsonPath)
{
    public static MetricDefinition? Parse(string label, string location)
    {
        var colon = location.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 || colon == location.Length - 1 ? null
            : new MetricDefinition(label, location[..colon], location[(colon + 1)..]);
    }
}
