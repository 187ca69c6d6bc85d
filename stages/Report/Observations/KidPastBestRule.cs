using Repro.Report.Inputs;
using Repro.Report.Params;

namespace Repro.Report.Observations;

/// <summary>Training went past its best: the final KID is clearly worse than the best snapshot's.</summary>
internal sealed class KidPastBestRule : IObservationRule
{
    public Observation? Apply(Experiment experiment, ReportParams p)
    {
        var best = experiment.Metrics.Best;
        var final = experiment.Metrics.Final;
        var margin = 2 * Math.Sqrt(best.KidStd * best.KidStd + final.KidStd * final.KidStd);
        if (best.Epoch == final.Epoch || final.KidMean - best.KidMean <= margin) return null;
        // The lowest of many noisy values is biased low: name every snapshot the best cannot be told from.
        var tied = experiment.Metrics.Snapshots.Where(s => s.Epoch != best.Epoch
            && s.KidMean - best.KidMean <= 2 * Math.Sqrt(best.KidStd * best.KidStd + s.KidStd * s.KidStd)).Select(s => Text.Int(s.Epoch)).ToList();
        return new Observation(
            $"Training went past its best: KID was lowest at epoch {Text.Int(best.Epoch)} ({Text.Kid(best.KidMean, best.KidStd)}) and is " +
            $"{Text.Kid(final.KidMean, final.KidStd)} at the end. The lowest of {experiment.Metrics.Snapshots.Count} noisy values is biased low; " +
            (tied.Count == 0 ? "no other snapshot is within 2 standard deviations of it." : $"within 2 standard deviations of it: epoch(s) {string.Join(", ", tied)}."),
            "final KID above the best snapshot's by more than 2 combined standard deviations (sqrt of the summed variances over subsets).");
    }
}
