namespace Repro.Cli.Rendering;

/// <summary>The engine's console on a real terminal: plain lines, a live progress line when interactive
/// (plain lines every few seconds otherwise), and the end-of-run table.</summary>
internal sealed class SpectreEngineConsole : IEngineConsole
{
    public void Line(string text) => AnsiConsole.Console.Profile.Out.Writer.WriteLine(text);

    public IEngineProgress StartProgress(string label, long total) =>
        new LineProgress(label, total, interactive: AnsiConsole.Profile.Capabilities.Interactive && !Console.IsErrorRedirected);

    public void Summary(RunReport report) => Tables.Summary(report);
}
