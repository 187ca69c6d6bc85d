using Repro.Report.Inputs;
using Repro.Report.Params;

namespace Repro.Report.Observations;

/// <summary>Mode collapse, measured as the seed code measured it (a classifier's class histogram) on faces: from
/// some snapshot to the end of the run, the samples hold fewer attribute combinations (hair, expression, hair
/// tone, collar, as the face classifier names them) than report.collapseRatio times what as many real drawings
/// hold. The finding names the attribute classes the samples crowd into.</summary>
internal sealed class ModeCollapseRule : IObservationRule
{
    public Observation? Apply(Experiment experiment, ReportParams p)
    {
        var metrics = experiment.Metrics;
        var real = metrics.RealVsReal.Face.Combinations.Mean;
        double Ratio(SnapshotMetrics s) => s.Face.Combinations.Mean / real;
        var snapshots = metrics.Snapshots;
        var first = snapshots.Count;
        while (first > 0 && Ratio(snapshots[first - 1]) < p.CollapseRatio) first--;
        if (first == snapshots.Count) return null;
        var final = metrics.Final;
        return new Observation(
            $"Mode collapse (or a generator that never diversified) from epoch {Text.Int(snapshots[first].Epoch)}: {Text.Int(final.Face.CompareSize)} " +
            $"final samples hold {Text.Number(Math.Round(final.Face.Combinations.Mean, 1))} attribute combinations, {Text.Int(final.Face.CompareSize)} real drawings " +
            $"{Text.Number(Math.Round(real, 1))} ({Text.Ratio(Ratio(final))}x); {Crowding(metrics)}. Pixel diversity: {Text.Ratio(final.DiversityRatio)}x the training images'.",
            $"attribute combinations among m samples / among m images of a training half (the face classifier's predictions, m = " +
            $"{Text.Int(final.Face.CompareSize)}, mean over splits) below {Text.Ratio(p.CollapseRatio)} at every snapshot from that epoch to the end.");
    }

    /// <summary>Per attribute, the final samples' commonest class beside its share among the training images.</summary>
    private static string Crowding(SampleMetrics metrics)
    {
        var parts = metrics.Classifier.Heads.Where(h => h.Classes.Length > 2).Select(h =>
        {
            var samples = metrics.Final.Face.Histograms[h.Name];
            var training = metrics.TrainingHistograms[h.Name];
            var top = Array.IndexOf(samples, samples.Max());
            return $"{Text.Percent(samples[top] / (double)samples.Sum())} of the samples have {h.Name} \"{h.Classes[top]}\" " +
                   $"(training images: {Text.Percent(training[top] / (double)training.Sum())})";
        });
        return string.Join(", ", parts);
    }
}
