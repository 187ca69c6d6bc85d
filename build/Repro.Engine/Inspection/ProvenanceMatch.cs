namespace Repro.Engine.Inspection;

/// <summary>Does a lock entry's provenance describe this machine closely enough to demand identical bits?
/// Everything recorded counts (CPU, processor count, runtime, the stage's threads, device and library
/// versions) except the OS description, whose kernel build string changes with every update.</summary>
internal static class ProvenanceMatch
{
    private static readonly HashSet<string> Ignored = ["os"];

    public static List<string> Differences(IReadOnlyDictionary<string, string> locked, IReadOnlyDictionary<string, string> now) =>
        locked.Keys.Union(now.Keys).Where(k => !Ignored.Contains(k)).Order(StringComparer.Ordinal)
            .Where(k => locked.GetValueOrDefault(k) != now.GetValueOrDefault(k))
            .Select(k => $"{k}: {locked.GetValueOrDefault(k) ?? "(none)"} (lock) vs {now.GetValueOrDefault(k) ?? "(none)"} (here)")
            .ToList();
}
