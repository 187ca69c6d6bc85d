namespace Repro.Engine.Inspection;

/// <summary>Does a lock entry's provenance describe a run whose bits this machine must reproduce exactly?
/// Every recorded fact counts (CPU, processor count, runtime, the stage's threads, device, library versions,
/// numerics) except the OS description, whose kernel build string changes with every update. A "portable..."
/// numerics class (the stage's own, or its stage.json's) promises the same bits on every CPU, so for it the
/// CPU facts do not count either: its class already names what the bits depend on.</summary>
internal static class ProvenanceMatch
{
    public const string Numerics = "numerics";
    private static readonly HashSet<string> Ignored = ["os"];
    private static readonly HashSet<string> CpuFacts = ["cpu", "cpuFeatures", "processorCount"];

    public static List<string> Differences(IReadOnlyDictionary<string, string> locked, IReadOnlyDictionary<string, string> now)
    {
        var portable = IsPortable(locked) && locked[Numerics] == now.GetValueOrDefault(Numerics);
        return locked.Keys.Union(now.Keys).Where(k => !Ignored.Contains(k) && !(portable && CpuFacts.Contains(k)))
            .Order(StringComparer.Ordinal)
            .Where(k => locked.GetValueOrDefault(k) != now.GetValueOrDefault(k))
            .Select(k => $"{k}: {locked.GetValueOrDefault(k) ?? "(none)"} (lock) vs {now.GetValueOrDefault(k) ?? "(none)"} (here)")
            .ToList();
    }

    /// <summary>The class a run's bits belong to: its numerics, else the CPU it ran on.</summary>
    public static string Class(IReadOnlyDictionary<string, string> provenance) =>
        provenance.GetValueOrDefault(Numerics) ?? $"cpu {provenance.GetValueOrDefault("cpu") ?? "?"} ({provenance.GetValueOrDefault("cpuFeatures") ?? "?"})";

    private static bool IsPortable(IReadOnlyDictionary<string, string> provenance) =>
        provenance.GetValueOrDefault(Numerics)?.StartsWith("portable", StringComparison.Ordinal) == true;
}
