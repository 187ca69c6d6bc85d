namespace Repro.Engine.Inspection;

/// <summary>Compares the metrics a reproduction published with those the lock recorded, each within the
/// tolerance its stage.json declares (absolute, or k times the larger of the two runs' own noise).</summary>
internal static class MetricComparison
{
    /// <param name="Compared">How many metrics with a tolerance the lock recorded (0: nothing to compare).</param>
    /// <param name="Figures">"label now vs locked ±tolerance", one per compared metric.</param>
    /// <param name="Differences">The metrics beyond their tolerance or missing, named by instance.</param>
    public sealed record Result(int Compared, IReadOnlyList<string> Figures, IReadOnlyList<string> Differences);

    public static Result Compare(StageInstance instance, LockEntry locked, IReadOnlyDictionary<string, MetricValue> now)
    {
        var figures = new List<string>();
        var differences = new List<string>();
        var compared = 0;
        foreach (var metric in instance.Stage.Metrics.Where(m => m.Tolerance is not null))
        {
            if (locked.Metrics?.GetValueOrDefault(metric.Label) is not { } before) continue;   // an older lock: nothing to compare
            compared++;
            if (!now.TryGetValue(metric.Label, out var after))
            {
                differences.Add($"{instance.Name}: metric {metric.Label} is missing from the reproduction ({metric.File}:{metric.JsonPath})");
                continue;
            }
            var tolerance = metric.Tolerance!.For(before.Noise, after.Noise);
            figures.Add($"{metric.Label} {Format(after.Value)} vs {Format(before.Value)} ±{Format(tolerance)}");
            if (!(Math.Abs(after.Value - before.Value) <= tolerance))
                differences.Add($"{instance.Name}: {metric.Label} {Format(before.Value)} (lock) vs {Format(after.Value)} (reproduced), tolerance ±{Format(tolerance)}");
        }
        return new Result(compared, figures, differences);
    }

    private static string Format(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
