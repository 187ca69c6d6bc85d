namespace Repro.Engine.Reporting;

/// <summary>The engine's only way to talk to the user: plain lines and progress for long work. The CLI
/// renders it with Spectre.Console; tests capture it.</summary>
public interface IEngineConsole
{
    void Line(string text);

    /// <summary>Progress over <paramref name="total"/> units; the caller disposes it when done.</summary>
    /// <param name="bytes">The units are bytes (a transfer): shown as MB with the rate.</param>
    IEngineProgress StartProgress(string label, long total, bool bytes = false);

    /// <summary>The end-of-run table, shown whether the run succeeded or not.</summary>
    void Summary(RunReport report);
}
