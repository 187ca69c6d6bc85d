namespace Repro.Engine.Errors;

/// <summary>The one exception family of the engine: a user-facing message (what failed, where, what to do)
/// and the process exit code it maps to. Messages come from the static factories of each phase's catalogue
/// (<see cref="DefinitionErrors"/>, <see cref="ParamErrors"/>, <see cref="LockErrors"/>, <see cref="RunErrors"/>).</summary>
public sealed class ReproException : Exception
{
    public ReproException(int exitCode, string message, Exception? inner = null) : base(message, inner) =>
        ExitCode = exitCode;

    public int ExitCode { get; }
}
