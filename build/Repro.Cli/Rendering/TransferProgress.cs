using Repro.Progress;
using ProgressTask = Repro.Progress.ProgressTask;

namespace Repro.Cli.Rendering;

/// <summary>A transfer's progress in MB with its rate (push, fetch, pull), on the shared progress task.</summary>
internal sealed class TransferProgress(string label, long totalBytes) : IEngineProgress
{
    private static readonly TimeSpan PlainEvery = TimeSpan.FromSeconds(2);
    private readonly ProgressTask _task = new(ProgressOutput.Stderr(PlainEvery), label, (long)Math.Ceiling(totalBytes / 1e6), "MB");
    private long _bytes;

    public void Advance(long units)
    {
        var bytes = Interlocked.Add(ref _bytes, units);
        var seconds = Math.Max(_task.Elapsed.TotalSeconds, 1e-3);
        _task.Report(bytes / 1_000_000, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / 1e6 / seconds:F1} MB/s"));
    }

    public void Dispose() => _task.Dispose();
}
