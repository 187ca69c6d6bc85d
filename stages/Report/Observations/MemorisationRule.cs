using Repro.Report.Inputs;
using Repro.Report.Params;

namespace Repro.Report.Observations;

/// <summary>Memorisation: too many final samples sit closer to a training image than training images sit to
/// each other.</summary>
internal sealed class MemorisationRule : IObservationRule
{
    public Observation? Apply(Experiment experiment, ReportParams p)
    {
        var final = experiment.Metrics.Final;
        if (final.MemorisationShare < p.MemorisationAlert) return null;
        return new Observation(
            $"Possible memorisation: {Text.Percent(final.MemorisationShare)} of the final samples are nearly copies of a training image " +
            $"(or its mirror); half of the training set scores {Text.Percent(experiment.Metrics.RealVsReal.MemorisationShare)} against the " +
            "other half. See the closest pairs.",
            $"memorisation share of the final samples at least {Text.Percent(p.MemorisationAlert)} (share nearer a training image " +
            "than the low percentile of the training set's own leave-one-out distances; see the definitions).");
    }
}
