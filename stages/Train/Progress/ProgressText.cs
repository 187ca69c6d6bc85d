using System.Diagnostics;
using System.Globalization;
using Repro.Gan.Training;

namespace Repro.Train.Progress;

/// <summary>One line of progress: iteration, it/s, ETA, losses, D accuracy. Rates count only this run's
/// iterations, so a resumed run reports its own speed.</summary>
internal sealed class ProgressText(string name, int first, int total)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public TimeSpan Elapsed => _clock.Elapsed;

    public int Total => total;

    public string Format(IterationMetrics m)
    {
        var done = m.Iteration - first;
        var rate = done / Math.Max(_clock.Elapsed.TotalSeconds, 1e-9);
        var eta = TimeSpan.FromSeconds(rate > 0 ? (total - m.Iteration) / rate : 0);
        return string.Create(CultureInfo.InvariantCulture,
            $"{name} iteration {m.Iteration}/{total} ({100.0 * m.Iteration / total:F0}%)  {rate:F2} it/s  ETA {eta:hh\\:mm\\:ss}  " +
            $"d_loss real {m.DLossReal:F3} fake {m.DLossFake:F3}  g_loss {m.GLoss:F3}  d_acc real {m.DAccReal:F2} fake {m.DAccFake:F2}");
    }
}
