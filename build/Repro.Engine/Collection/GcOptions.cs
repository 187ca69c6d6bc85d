namespace Repro.Engine.Collection;

/// <param name="DryRun">List what would be freed, delete nothing.</param>
/// <param name="AllCommits">Also keep what the lock of every commit on a branch or tag reaches.</param>
/// <param name="Grace">Keep anything younger than this (a run or pull in progress elsewhere, a fresh push).</param>
/// <param name="Remote">Collect on this remote (null: the local cache; "" the default remote).</param>
/// <param name="Delete">Allow deleting from a remote.</param>
/// <param name="AllProjects">On a remote, also what other projects pushed, when no lock of this project reaches it.</param>
public sealed record GcOptions(bool DryRun, bool AllCommits, TimeSpan Grace, string? Remote = null, bool Delete = false, bool AllProjects = false);
