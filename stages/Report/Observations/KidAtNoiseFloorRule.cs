using Repro.Report.Inputs;
using Repro.Report.Params;

namespace Repro.Report.Observations;

/// <summary>The final samples are, by KID on the face classifier's features, as close to the training set as its
/// two halves are to each other: said as what the estimator cannot separate at these set sizes, never as
/// "indistinguishable from real".</summary>
internal sealed class KidAtNoiseFloorRule : IObservationRule
{
    public Observation? Apply(Experiment experiment, ReportParams p)
    {
        var floor = experiment.Metrics.RealVsReal.Face;
        var final = experiment.Metrics.Final.Face;
        if (final.Kid.Mean > floor.Kid.Mean + 2 * Math.Max(floor.Kid.Std, final.Kid.Std)) return null;
        return new Observation(
            $"By KID on the face classifier's features the final samples ({Text.Kid(final.Kid.Mean, final.Kid.Std)}) are as close to the " +
            $"training set as its halves are to each other ({Text.Kid(floor.Kid.Mean, floor.Kid.Std)}), at {Text.Int(final.CompareSize)} " +
            "images a side. That is a limit of this measurement (what the classifier's features see, and sets this small), not evidence " +
            "that the samples look like real drawings.",
            "final KID mean at most the real-vs-real KID mean plus 2 standard deviations (the larger of the two).");
    }
}
