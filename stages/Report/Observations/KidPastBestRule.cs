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
        return new Observation(
            $"Training went past its best: KID was lowest at epoch {Text.Int(best.Epoch)} ({Text.Kid(best.KidMean, best.KidStd)}) and is " +
            $"{Text.Kid(final.KidMean, final.KidStd)} at the end; the best snapshot's generator is the one to keep.",
            "final KID above the best snapshot's by more than 2 combined standard deviations (sqrt of the summed variances over subsets).");
    }
}
