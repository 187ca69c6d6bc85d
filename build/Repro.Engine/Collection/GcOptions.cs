namespace Repro.Engine.Collection;

/// <param name="DryRun">List what would be freed, delete nothing.</param>
/// <param name="AllCommits">Also keep what the lock of every commit on a branch or tag reaches.</param>
/// <param name="Grace">Keep anything younger than this (a run or pull in progress elsewhere, a fresh push).</param>
public sealed record GcOptions(bool DryRun, bool AllCommits, TimeSpan Grace);
