namespace Repro.Cli;

/// <summary>Process-wide state the verbs share: the Ctrl+C token.</summary>
internal static class CliContext
{
    public static CancellationToken Cancellation { get; set; }
}
