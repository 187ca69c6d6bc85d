namespace Repro.Engine.Execution;

/// <summary>How a stage program ended: its exit code (<see cref="ExitCodes"/>), the last lines of its stderr,
/// and, from an executor that ran it elsewhere, where it ran and where its full log is (null locally).</summary>
internal sealed record StageExit(int ExitCode, IReadOnlyList<string> StderrTail, string? Where = null);
