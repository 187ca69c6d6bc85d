namespace Repro.Engine.Inspection;

/// <summary>Compares the metrics a reproduction published with those the lock recorded, each within the
/// tolerance its stage.json declares (absolute, or k times the larger of the two runs' own noise).</summary>
internal static class MetricComparison
{
    public sealed record Result(int Compared, List<string> Figures, List<string> Differences);

    public static Result Compare(StageInstance instance, LockEntry locked, IReadOnlyDictionary<string, MetricValue> now)
    {
        var result = new Result(0, [], []);
        var compared = 0;
        foreach (var metric in instance.Stage.Metrics.Where(m => m.Tolerance is not null))
        {
            if (locked.Metrics?.GetValueOrDefault(metric.Label) is not { } before) continue;   // an older lock: nothing to compare
            compared++;
            if (!now.TryGetValue(metric.Label, out var after))
            {
                result.Differences.Add($"{instance.Name}: metric {metric.Label} is missing from the reproduction ({metric.File}:{metric.JsonPath})");
                continue;
            }
            var tolerance = metric.Tolerance!.For(before.Noise, after.Noise);
            var figure = $"{metric.Label} {Format(before.Value)} (lock) vs {Format(after.Value)} (reproduced), tolerance ±{Format(tolerance)}";
            result.Figures.Add($"{metric.Label} {Format(after.Value)} vs {Format(before.Value)} ±{Format(tolerance)}");
            if (!(Math.Abs(after.Value - before.Value) <= tolerance)) result.Differences.Add($"{instance.Name}: {figure}");
        }
        return result with { Compared = compared };
    }

    private static string Format(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
