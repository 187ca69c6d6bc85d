namespace Repro.Engine.Execution;

/// <summary>How a stage program ended: its exit code (<see cref="ExitCodes"/>) and the last lines of its stderr.</summary>
internal sealed record StageExit(int ExitCode, IReadOnlyList<string> StderrTail);
