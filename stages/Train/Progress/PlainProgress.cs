using Repro.Gan.Training;

namespace Repro.Train.Progress;

/// <summary>Redirected output: one unwrapped line every <see cref="Interval"/> and at the last iteration,
/// so logs stay readable and small.</summary>
internal sealed class PlainProgress(ProgressText text) : IProgressView
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);
    private TimeSpan _next = Interval;

    public void Update(IterationMetrics metrics)
    {
        if (text.Estimate(metrics) is { } estimate) Console.Out.WriteLine(estimate);
        if (text.Elapsed < _next && metrics.Iteration != text.Total) return;
        _next = text.Elapsed + Interval;
        Console.Out.WriteLine(text.Format(metrics));
        Console.Out.Flush();
    }
}
