using Repro.Report.Inputs;
using Repro.Report.Params;

namespace Repro.Report.Observations;

/// <summary>Mode coverage: the final samples fill the k-means bins of the training set differently, in more
/// bins than two halves of the training set do.</summary>
internal sealed class ModeCoverageRule : IObservationRule
{
    public Observation? Apply(Experiment experiment, ReportParams p)
    {
        var floor = experiment.Metrics.RealVsReal;
        var final = experiment.Metrics.Final;
        var margin = Math.Max(2, (int)Math.Ceiling(final.NdbBins / 5.0));
        if (final.Ndb < floor.Ndb + margin) return null;
        return new Observation(
            $"Uneven mode coverage: the final samples over- or under-fill {Text.Int(final.Ndb)} of {Text.Int(final.NdbBins)} clusters of the " +
            $"training images (two halves of the training set: {Text.Int(floor.Ndb)}).",
            $"NDB of the final samples at least the real-vs-real NDB plus max(2, a fifth of the bins) = {Text.Int(margin)}.");
    }
}
