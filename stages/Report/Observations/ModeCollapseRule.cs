using Repro.Report.Inputs;
using Repro.Report.Params;

namespace Repro.Report.Observations;

/// <summary>Mode collapse: the samples' diversity stays below a fraction of the training set's from some
/// snapshot to the end of the run.</summary>
internal sealed class ModeCollapseRule : IObservationRule
{
    public Observation? Apply(Experiment experiment, ReportParams p)
    {
        var snapshots = experiment.Metrics.Snapshots;
        var first = snapshots.Count;
        while (first > 0 && snapshots[first - 1].DiversityRatio < p.CollapseRatio) first--;
        if (first == snapshots.Count) return null;
        var final = experiment.Metrics.Final;
        return new Observation(
            $"Mode collapse (or a generator that never diversified) from epoch {Text.Int(snapshots[first].Epoch)}: the samples are {Text.Ratio(final.DiversityRatio)}x as varied " +
            $"as the training images at the end (the fixed-latent grid {Text.Ratio(final.GridDiversityRatio)}x; two halves of the training set " +
            $"{Text.Ratio(experiment.Metrics.RealVsReal.DiversityRatio)}x).",
            $"diversity ratio (mean pairwise distance of samples / of training images) below {Text.Ratio(p.CollapseRatio)} at every " +
            "snapshot from that epoch to the end.");
    }
}
