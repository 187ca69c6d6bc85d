using Repro.Progress;
using ProgressTask = Repro.Progress.ProgressTask;

namespace Repro.Cli.Rendering;

/// <summary>The engine's progress (hashing many files) as the shared progress task on stderr: a live bar on a
/// terminal, a plain line every 2 s otherwise, as the stages show theirs.</summary>
internal sealed class LineProgress(string label, long total) : IEngineProgress
{
    private static readonly TimeSpan PlainEvery = TimeSpan.FromSeconds(2);
    private readonly ProgressTask _task = new(ProgressOutput.Stderr(PlainEvery), label, total);

    public void Advance(long units) => _task.Advance(units);

    public void Dispose() => _task.Dispose();
}
