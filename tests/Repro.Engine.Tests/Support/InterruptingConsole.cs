using Repro.Engine.Reporting;

namespace Repro.Engine.Tests.Support;

/// <summary>A silent console that does something (stops a server) the first time a transfer reports progress,
/// i.e. in the middle of it.</summary>
internal sealed class InterruptingConsole(Action interrupt) : IEngineConsole
{
    private readonly SilentConsole _inner = new();
    private int _fired;

    public RunReport? LastReport => _inner.LastReport;

    public void Line(string text) => _inner.Line(text);

    public void Summary(RunReport report) => _inner.Summary(report);

    public IEngineProgress StartProgress(string label, long total, bool bytes = false) => new Progress(this);

    private sealed class Progress(InterruptingConsole owner) : IEngineProgress
    {
        public void Advance(long units)
        {
            if (Interlocked.Exchange(ref owner._fired, 1) == 0) owner.Invoke();
        }

        public void Dispose() { }
    }

    private void Invoke() => interrupt();
}
