using Repro.Report.Inputs;
using Repro.Report.Params;

namespace Repro.Report.Observations;

/// <summary>The final samples are, by KID, as close to the training set as its two halves are to each other: said
/// as what KID cannot separate, never as "indistinguishable from real".</summary>
internal sealed class KidAtNoiseFloorRule : IObservationRule
{
    public Observation? Apply(Experiment experiment, ReportParams p)
    {
        var floor = experiment.Metrics.RealVsReal;
        var final = experiment.Metrics.Final;
        if (final.KidMean > floor.KidMean + 2 * Math.Max(floor.KidStd, final.KidStd)) return null;
        return new Observation(
            $"By KID the final samples ({Text.Kid(final.KidMean, final.KidStd)}) are as close to the training set as its halves are to each " +
            $"other ({Text.Kid(floor.KidMean, floor.KidStd)}). That is a limit of this measurement (its features, and halves of the training set " +
            "as small as they are), not evidence that the samples look like real drawings.",
            "final KID mean at most the real-vs-real KID mean plus 2 standard deviations (the larger of the two).");
    }
}
