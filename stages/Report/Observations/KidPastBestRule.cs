using Repro.Report.Inputs;
using Repro.Report.Params;

namespace Repro.Report.Observations;

/// <summary>Training went past its best: the final KID on the face classifier's features is clearly worse than
/// the best snapshot's.</summary>
internal sealed class KidPastBestRule : IObservationRule
{
    public Observation? Apply(Experiment experiment, ReportParams p)
    {
        var best = experiment.Metrics.Best;
        var final = experiment.Metrics.Final;
        double Margin(SnapshotMetrics s) => 2 * Math.Sqrt(best.Face.Kid.Std * best.Face.Kid.Std + s.Face.Kid.Std * s.Face.Kid.Std);
        if (best.Epoch == final.Epoch || final.Face.Kid.Mean - best.Face.Kid.Mean <= Margin(final)) return null;
        // The lowest of many noisy values is biased low: name every snapshot the best cannot be told from.
        var tied = experiment.Metrics.Snapshots.Where(s => s.Epoch != best.Epoch && s.Face.Kid.Mean - best.Face.Kid.Mean <= Margin(s))
            .Select(s => Text.Int(s.Epoch)).ToList();
        return new Observation(
            $"Training went past its best: KID on the face classifier's features was lowest at epoch {Text.Int(best.Epoch)} " +
            $"({Text.Kid(best.Face.Kid.Mean, best.Face.Kid.Std)}) and is {Text.Kid(final.Face.Kid.Mean, final.Face.Kid.Std)} at the end. " +
            $"The lowest of {experiment.Metrics.Snapshots.Count} noisy values is biased low; " +
            (tied.Count == 0 ? "no other snapshot is within 2 standard deviations of it." : $"within 2 standard deviations of it: epoch(s) {string.Join(", ", tied)}."),
            "final KID (face classifier features) above the best snapshot's by more than 2 combined standard deviations (sqrt of the summed " +
            "variances over the splits).");
    }
}
