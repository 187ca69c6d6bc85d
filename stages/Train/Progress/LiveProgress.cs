using Repro.Gan.Training;
using Spectre.Console;

namespace Repro.Train.Progress;

/// <summary>A terminal: one status line redrawn in place by Spectre.Console's live display (at most ~4 times
/// a second, so drawing never costs training time).</summary>
internal sealed class LiveProgress(ProgressText text, LiveDisplayContext live) : IProgressView
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private TimeSpan _next = TimeSpan.Zero;

    public void Update(IterationMetrics metrics)
    {
        if (text.Estimate(metrics) is { } estimate) AnsiConsole.WriteLine(estimate);
        if (text.Elapsed < _next && metrics.Iteration != text.Total) return;
        _next = text.Elapsed + Interval;
        live.UpdateTarget(new Text(text.Format(metrics)));
    }

    /// <summary>Runs <paramref name="body"/> with a live view on a terminal or plain lines otherwise.</summary>
    public static void Run(string name, int first, TrainingOptions schedule, Action<IProgressView> body)
    {
        var text = new ProgressText(name, first, schedule);
        if (!AnsiConsole.Profile.Capabilities.Interactive || Console.IsOutputRedirected)
        {
            body(new PlainProgress(text));
            return;
        }
        AnsiConsole.Live(new Text($"{name}: starting at step {first}")).Start(live => body(new LiveProgress(text, live)));
    }
}
