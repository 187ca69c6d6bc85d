using System.Globalization;
using Repro.Gan.Training;
using Repro.Progress;

namespace Repro.Train.Progress;

/// <summary>Training on the shared progress task: steps done of the run's total, with epoch, s/step, ETA,
/// losses and D accuracy as the detail; a plain line every 10 s and the final state at the end. Rates count
/// only this run's steps, so a resumed run reports its own speed.</summary>
internal sealed class TrainingProgress(string name, int first, TrainingOptions schedule) : IDisposable
{
    private const int EstimateSteps = 5;
    private static readonly TimeSpan EstimateAfter = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PlainEvery = TimeSpan.FromSeconds(10);   // runs last hours: logs stay small

    private readonly ProgressTask _task = new(ProgressOutput.Stdout(PlainEvery), name, schedule.Steps, "steps", first);
    private bool _estimated;

    public void Update(IterationMetrics metrics)
    {
        if (Estimate(metrics) is { } estimate) _task.WriteLine(estimate);
        _task.Report(metrics.Iteration, Detail(metrics));
        if (metrics.Iteration == _task.Total) _task.Finish();
    }

    /// <summary>A line of its own, above the live line.</summary>
    public void WriteLine(string text) => _task.WriteLine(text);

    public void Dispose() => _task.Dispose();

    /// <summary>Once, after the first few steps: the run's size and what it will cost at the measured speed,
    /// before committing to hours (a seed run is 77,000-110,000 steps).</summary>
    private string? Estimate(IterationMetrics m)
    {
        var done = m.Iteration - first;
        var elapsed = _task.Elapsed;
        if (_estimated || done < EstimateSteps && elapsed < EstimateAfter || m.Iteration == _task.Total) return null;
        _estimated = true;
        var perStep = elapsed.TotalSeconds / done;
        var eta = TimeSpan.FromSeconds(perStep * (_task.Total - m.Iteration));
        return string.Create(CultureInfo.InvariantCulture,
            $"{name}: {_task.Total:N0} steps ({schedule.Epochs:N0} epochs x {schedule.StepsPerEpoch}); {perStep:F3} s/step over the first {done} " +
            $"step(s): about {(int)eta.TotalHours} h {eta.Minutes:D2} min to go on this machine.");
    }

    private string Detail(IterationMetrics m)
    {
        var done = m.Iteration - first;
        var rate = done / Math.Max(_task.Elapsed.TotalSeconds, 1e-9);
        var eta = TimeSpan.FromSeconds(rate > 0 ? (_task.Total - m.Iteration) / rate : 0);
        return string.Create(CultureInfo.InvariantCulture,
            $"epoch {m.Epoch}/{schedule.Epochs}  {(rate > 0 ? 1 / rate : 0):F3} s/step  ETA {(int)eta.TotalHours}:{eta:mm\\:ss}  " +
            $"d_loss real {m.DLossReal:F3} fake {m.DLossFake:F3}  g_loss {m.GLoss:F3}  d_acc real {m.DAccReal:F2} fake {m.DAccFake:F2}");
    }
}
