using Repro.Report.Analysis;
using Repro.Report.Inputs;
using Repro.Report.Params;

namespace Repro.Report.Observations;

/// <summary>The seed's failure: D wins. Reports every period over which D's hard-label accuracy, averaged over
/// real and fake, held at the threshold for at least a window (a share of the run), and tells a real dominance
/// from the BatchNorm-mode stall by how D rated the fakes in G's own step: D(G(z)) = exp(-g_loss) (the G step's
/// loss is -log D(G(z)) against target 1). A D that wins its own step but rates G's batch real is fooled by
/// batch statistics, not stronger.</summary>
internal sealed class DiscriminatorDominatesRule : IObservationRule
{
    public Observation? Apply(Experiment experiment, ReportParams p)
    {
        var log = experiment.Log;
        var accuracy = log.DAccReal.Zip(log.DAccFake, (r, f) => (r + f) / 2).ToArray();
        var window = Series.WindowOf(log.Count, p.DominanceWindow);
        var periods = Series.PeriodsAtLeast(accuracy, window, p.DominanceAccuracy);
        if (periods.Count == 0) return null;
        var described = periods.Select(period =>
        {
            var steps = Enumerable.Range(period.From, period.To - period.From + 1).ToList();
            var inGStep = steps.Average(i => Math.Exp(-log.GLoss[i]));
            var kind = inGStep >= 0.5
                ? $"a BatchNorm-mode stall rather than a stronger D: in G's own step D rates the fakes real (D(G(z)) {Text.Number(inGStep)})"
                : $"a real dominance: in G's step too D rejects the fakes (D(G(z)) {Text.Number(inGStep)})";
            return $"epochs {Text.Int((long)log.Epoch[period.From])}-{Text.Int((long)log.Epoch[period.To])} (accuracy {Text.Percent(steps.Average(i => accuracy[i]))}, " +
                   $"D(x) {Text.Number(steps.Average(i => log.DRealMean[i]))} and D(G(z)) {Text.Number(steps.Average(i => log.DFakeMean[i]))} in D's step; {kind})";
        });
        return new Observation(
            $"The discriminator dominates during {string.Join(", and ", described)}; while it does, the generator gets little gradient to learn from.",
            $"D accuracy (hard labels, mean of real and fake) at least {Text.Percent(p.DominanceAccuracy)} averaged over a window of " +
            $"{Text.Percent(p.DominanceWindow)} of the run ({Text.Int(window)} D/G steps); every such period, from its first to its last step at the " +
            "threshold. A stall when D(G(z)) in G's step (exp(-g_loss)) averages 0.5 or more over the period.");
    }
}
