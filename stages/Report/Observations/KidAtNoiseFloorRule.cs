using Repro.Report.Inputs;
using Repro.Report.Params;

namespace Repro.Report.Observations;

/// <summary>The final samples are, by KID, as close to the training set as its two halves are to each other.</summary>
internal sealed class KidAtNoiseFloorRule : IObservationRule
{
    public Observation? Apply(Experiment experiment, ReportParams p)
    {
        var floor = experiment.Metrics.RealVsReal;
        var final = experiment.Metrics.Final;
        if (final.KidMean > floor.KidMean + 2 * Math.Max(floor.KidStd, final.KidStd)) return null;
        return new Observation(
            $"By KID the final samples ({Text.Kid(final.KidMean, final.KidStd)}) are as close to the training set as its halves are to each " +
            $"other ({Text.Kid(floor.KidMean, floor.KidStd)}): at this sample size KID cannot tell them from real drawings.",
            "final KID mean at most the real-vs-real KID mean plus 2 standard deviations (the larger of the two).");
    }
}
