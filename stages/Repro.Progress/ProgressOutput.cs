using Spectre.Console;

namespace Repro.Progress;

/// <summary>Where a progress task writes and how: the writer, the mode, how often a plain line is written,
/// the terminal width a live line must fit, and the clock.</summary>
public sealed class ProgressOutput
{
    public const string PlainVariable = "REPRO_PLAIN";

    public ProgressOutput(TextWriter writer, ProgressMode mode, TimeSpan plainEvery, int width = 80, TimeProvider? clock = null)
    {
        Writer = writer;
        Mode = mode;
        PlainEvery = plainEvery;
        Width = Math.Max(20, width);
        Clock = clock ?? TimeProvider.System;
    }

    public TextWriter Writer { get; }
    public ProgressMode Mode { get; }
    public TimeSpan PlainEvery { get; }
    public int Width { get; }
    public TimeProvider Clock { get; }

    /// <summary>A stage's progress: its stdout is the user's terminal (the engine keeps stderr for the failure
    /// message).</summary>
    public static ProgressOutput Stdout(TimeSpan plainEvery) =>
        new(Console.Out, ModeFor(Console.IsOutputRedirected), plainEvery, AnsiConsole.Profile.Width);

    /// <summary>The CLI's progress: diagnostics go to stderr, so stdout carries only results.</summary>
    public static ProgressOutput Stderr(TimeSpan plainEvery) =>
        new(Console.Error, ModeFor(Console.IsErrorRedirected), plainEvery, AnsiConsole.Profile.Width);

    /// <summary>The one place deciding the mode: live only on an interactive terminal. Plain when the stream
    /// is redirected, when Spectre.Console detects a CI service or a non-interactive session, or when
    /// REPRO_PLAIN=1 asks for logs on a terminal.</summary>
    public static ProgressMode ModeFor(bool redirected) =>
        redirected || Environment.GetEnvironmentVariable(PlainVariable) == "1" || !AnsiConsole.Profile.Capabilities.Interactive
            ? ProgressMode.Plain
            : ProgressMode.Live;
}
