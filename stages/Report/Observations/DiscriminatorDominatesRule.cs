using Repro.Report.Analysis;
using Repro.Report.Inputs;
using Repro.Report.Params;

namespace Repro.Report.Observations;

/// <summary>The seed's failure: D wins. Fires on the first window (a share of the run) over which D's hard-label
/// accuracy, averaged over real and fake, is at least the threshold.</summary>
internal sealed class DiscriminatorDominatesRule : IObservationRule
{
    public Observation? Apply(Experiment experiment, ReportParams p)
    {
        var log = experiment.Log;
        var accuracy = log.DAccReal.Zip(log.DAccFake, (r, f) => (r + f) / 2).ToArray();
        var window = Series.WindowOf(log.Count, p.DominanceWindow);
        var start = Series.FirstWindowAtLeast(accuracy, window, p.DominanceAccuracy);
        if (start < 0) return null;
        // The window's first step at the threshold is the onset (the window may begin before D wins).
        while (accuracy[start] < p.DominanceAccuracy) start++;
        var from = Text.Int((long)log.Epoch[start]);
        var rest = accuracy.Skip(start).Average();
        return new Observation(
            $"The discriminator dominates from epoch {from}: its accuracy averages {Text.Percent(rest)} from there to the end " +
            $"(D(x) {Text.Number(log.DRealMean.Skip(start).Average())}, D(G(z)) {Text.Number(log.DFakeMean.Skip(start).Average())}), " +
            "so the generator gets little gradient to learn from.",
            $"D accuracy (hard labels, mean of real and fake) at least {Text.Percent(p.DominanceAccuracy)} averaged over a window of " +
            $"{Text.Percent(p.DominanceWindow)} of the run ({Text.Int(window)} D/G steps); reported from the first step at the threshold in the first such window.");
    }
}
