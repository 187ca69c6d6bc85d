namespace Repro.Engine.Planning;

/// <summary>The planner's verdict for one instance: the action, why (in the user's terms), the key fields that
/// differ from the lock, the run-cache entry the action uses (for adopt, the one it will write), and the
/// outs known without running, which downstream keys are computed from (null when the stage must run).</summary>
internal sealed record Decision(
    PlannedAction Action,
    string Reason,
    IReadOnlyList<string> Changes,
    RunCacheEntry? Entry,
    IReadOnlyDictionary<string, OutSummary>? KnownOuts)
{
    /// <summary>Whether the key is the one pipeline.lock.json records.</summary>
    public required bool MatchesLock { get; init; }

    /// <summary>Up to date in status's sense: the lock's key, and the outputs are or will be its result without running.</summary>
    public bool IsCurrent => MatchesLock && Action != PlannedAction.Run;
}
