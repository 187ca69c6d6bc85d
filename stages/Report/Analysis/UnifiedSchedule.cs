using Repro.Report.Inputs;

namespace Repro.Report.Analysis;

/// <summary>The epochs the side-by-side section shows: from the union of all experiments' snapshots, at
/// most maxRows spread evenly (the first and the last kept), so runs are compared at the same epochs
/// (the seed's author could not: their runs snapshotted every 500 and every 1000 epochs).</summary>
internal static class UnifiedSchedule
{
    public static IReadOnlyList<int> Rows(IReadOnlyList<Experiment> experiments, int maxRows)
    {
        var all = experiments.SelectMany(e => e.Metrics.Snapshots.Select(s => s.Epoch)).Distinct().Order().ToArray();
        if (all.Length <= maxRows) return all;
        if (maxRows == 1) return [all[^1]];
        return Enumerable.Range(0, maxRows).Select(i => all[(int)Math.Round(i * (all.Length - 1) / (double)(maxRows - 1))]).Distinct().ToArray();
    }
}
