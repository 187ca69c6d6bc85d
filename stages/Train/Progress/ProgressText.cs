using System.Diagnostics;
using System.Globalization;
using Repro.Gan.Training;

namespace Repro.Train.Progress;

/// <summary>One line of progress: epoch and step, s/step, ETA, losses, D accuracy. Rates count only this
/// run's steps, so a resumed run reports its own speed.</summary>
internal sealed class ProgressText(string name, int first, TrainingOptions schedule)
{
    private const int EstimateSteps = 5;
    private static readonly TimeSpan EstimateAfter = TimeSpan.FromSeconds(30);
    private readonly int total = schedule.Steps;
    private bool _estimated;

    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public TimeSpan Elapsed => _clock.Elapsed;

    public int Total => total;

    /// <summary>Once, after the first few steps: the run's size and what it will cost at the measured speed,
    /// before committing to hours (a seed run is 77,000-110,000 steps).</summary>
    public string? Estimate(IterationMetrics m)
    {
        var done = m.Iteration - first;
        if (_estimated || done < EstimateSteps && _clock.Elapsed < EstimateAfter || m.Iteration == total) return null;
        _estimated = true;
        var perStep = _clock.Elapsed.TotalSeconds / done;
        var eta = TimeSpan.FromSeconds(perStep * (total - m.Iteration));
        return string.Create(CultureInfo.InvariantCulture,
            $"{name}: {total:N0} steps ({schedule.Epochs:N0} epochs x {schedule.StepsPerEpoch}); {perStep:F3} s/step over the first {done} " +
            $"step(s): about {(int)eta.TotalHours} h {eta.Minutes:D2} min to go on this machine.");
    }

    public string Format(IterationMetrics m)
    {
        var done = m.Iteration - first;
        var rate = done / Math.Max(_clock.Elapsed.TotalSeconds, 1e-9);
        var eta = TimeSpan.FromSeconds(rate > 0 ? (total - m.Iteration) / rate : 0);
        return string.Create(CultureInfo.InvariantCulture,
            $"{name} epoch {m.Epoch}/{schedule.Epochs} step {m.Iteration}/{total} ({100.0 * m.Iteration / total:F0}%)  " +
            $"{(rate > 0 ? 1 / rate : 0):F3} s/step  ETA {(int)eta.TotalHours}:{eta:mm\\:ss}  " +
            $"d_loss real {m.DLossReal:F3} fake {m.DLossFake:F3}  g_loss {m.GLoss:F3}  d_acc real {m.DAccReal:F2} fake {m.DAccFake:F2}");
    }
}
