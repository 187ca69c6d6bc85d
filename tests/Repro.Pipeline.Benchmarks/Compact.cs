namespace Repro.Pipeline.Benchmarks;

/// <summary>Short instance lists: `train@run3`, `train@run1,run2`, `preprocess@*` (every experiment), `report`.</summary>
internal static class Compact
{
    public static string List(IEnumerable<string> instances, IReadOnlyList<InstanceRecord> all)
    {
        var chosen = instances.ToHashSet(StringComparer.Ordinal);
        if (chosen.Count == 0) return "-";
        var parts = new List<string>();
        foreach (var stage in all.GroupBy(i => i.Stage))
        {
            var picked = stage.Where(i => chosen.Contains(i.Instance)).Select(i => i.Instance).ToList();
            if (picked.Count == 0) continue;
            if (!picked[0].Contains('@')) parts.Add(stage.Key);
            else if (picked.Count == stage.Count() && picked.Count > 1) parts.Add($"{stage.Key}@*");
            else parts.Add($"{stage.Key}@{string.Join(',', picked.Select(i => i[(i.IndexOf('@', StringComparison.Ordinal) + 1)..]))}");
        }
        return string.Join(' ', parts);
    }
}
