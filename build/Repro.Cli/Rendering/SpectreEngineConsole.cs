namespace Repro.Cli.Rendering;

/// <summary>The engine's console on a real terminal. Engine lines ("Profile: ...", "Running ...") and progress
/// are diagnostics and go to stderr, so stdout carries only results (`status --json` stays parseable); the
/// end-of-run table goes to stdout.</summary>
internal sealed class SpectreEngineConsole : IEngineConsole
{
    public void Line(string text) => Console.Error.WriteLine(text);

    public IEngineProgress StartProgress(string label, long total, bool bytes = false) =>
        bytes ? new TransferProgress(label, total) : new LineProgress(label, total);

    public void Summary(RunReport report) => Tables.Summary(report);
}
