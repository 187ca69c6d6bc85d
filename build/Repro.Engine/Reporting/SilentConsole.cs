namespace Repro.Engine.Reporting;

/// <summary>A console that records lines and shows no progress: for tests and benchmarks.</summary>
public sealed class SilentConsole : IEngineConsole
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get { lock (_lines) return _lines.ToList(); }
    }

    public void Line(string text)
    {
        lock (_lines) _lines.Add(text);
    }

    public RunReport? LastReport { get; private set; }

    public void Summary(RunReport report) => LastReport = report;

    public IEngineProgress StartProgress(string label, long total, bool bytes = false) => new NoProgress();

    private sealed class NoProgress : IEngineProgress
    {
        public void Advance(long units) { }

        public void Dispose() { }
    }
}
