using Repro.Report.Inputs;
using Repro.Report.Params;

namespace Repro.Report.Observations;

/// <summary>Memorisation: more final samples sit nearer a training image, in the face classifier's feature
/// space (a shifted or re-inked copy is near there, not in pixels), than the held-out half of the training set
/// does against the other half (the baseline rate), beyond chance: a one-sided binomial test of k memorised out
/// of n final samples at the baseline rate, at significance report.memorisationAlpha. Not a fixed share: 10 of
/// 2000 is telling when the baseline is 0.1%, and 40% is not when it is 38%.</summary>
internal sealed class MemorisationRule : IObservationRule
{
    public Observation? Apply(Experiment experiment, ReportParams p)
    {
        var final = experiment.Metrics.Final.Face;
        var held = experiment.Metrics.RealVsReal.Face;
        var (k, n) = (final.Memorised, final.Images);
        // A baseline of 0 would make one close sample significant: it is at least half a sample in n.
        var baseline = Math.Max(held.MemorisationShare, 0.5 / n);
        if (final.MemorisationShare <= baseline) return null;
        var pValue = Binomial.UpperTail(k, n, baseline);
        if (pValue >= p.MemorisationAlpha) return null;
        return new Observation(
            $"Possible memorisation: {Text.Percent(final.MemorisationShare)} of the final samples ({Text.Int(k)} of {Text.Int(n)}) are nearly " +
            $"copies of a training image (or its mirror) in the face classifier's feature space, against {Text.Percent(held.MemorisationShare)} " +
            $"for the held-out half of the training set; that many by chance at the held-out rate has p = {pValue:G2}. See the closest pairs.",
            $"one-sided binomial test of the final samples' memorised count against the held-out half's rate (at least 0.5/n), " +
            $"p below {p.MemorisationAlpha:G2} (memorised: nearer a training image, in classifier features, than the low percentile of the " +
            "training set's own leave-one-out distances; see the definitions).");
    }
}

/// <summary>The binomial distribution's upper tail, summed in log space so that large n does not underflow.</summary>
internal static class Binomial
{
    /// <summary>P(X >= k) for X ~ Binomial(n, p).</summary>
    public static double UpperTail(int k, int n, double p)
    {
        if (k <= 0) return 1;
        if (k > n) return 0;
        var logP = Math.Log(p);
        var logQ = Math.Log(1 - p);
        var logPmf = n * logQ;   // P(X = 0)
        var terms = new List<double>();
        for (var i = 0; i < n; i++)
        {
            if (i >= k) terms.Add(logPmf);
            logPmf += Math.Log((double)(n - i) / (i + 1)) + logP - logQ;   // P(X = i + 1) from P(X = i)
        }
        terms.Add(logPmf);   // P(X = n)
        var max = terms.Max();
        return Math.Min(1, Math.Exp(max) * terms.Sum(t => Math.Exp(t - max)));
    }
}
