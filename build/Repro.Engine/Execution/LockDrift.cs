using Repro.Engine.Inspection;

namespace Repro.Engine.Execution;

/// <summary>Says why an unchanged key produced other outs than the lock records, for the run summary: the
/// lock entry is rewritten, and a reader must know it is not a change of conditions.</summary>
internal static class LockDrift
{
    public static string Describe(LockEntry locked, RunCacheEntry now)
    {
        var outs = locked.Outs.Where(o => now.Outs.Outs.GetValueOrDefault(o.Key)?.Hash != o.Value.Hash).Select(o => o.Key).ToList();
        var (before, after) = (ProvenanceMatch.Class(locked.Provenance), ProvenanceMatch.Class(now.Provenance));
        var where = before == after ? $"in the same numerics class ({after})" : $"recorded by {before}, made here by {after}";
        return $"same key, other bits ({string.Join(", ", outs)}; {where}): lock entry rewritten";
    }
}
