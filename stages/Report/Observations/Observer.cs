using Repro.Report.Inputs;
using Repro.Report.Params;

namespace Repro.Report.Observations;

/// <summary>Runs every rule, in a fixed order, over one experiment.</summary>
internal static class Observer
{
    public static IReadOnlyList<IObservationRule> Rules { get; } =
    [
        new DiscriminatorDominatesRule(),
        new ModeCollapseRule(),
        new MemorisationRule(),
        new KidPastBestRule(),
        new KidAtNoiseFloorRule(),
        new ModeCoverageRule(),
    ];

    public static IReadOnlyList<Observation> Observe(Experiment experiment, ReportParams p) =>
        Rules.Select(rule => rule.Apply(experiment, p)).OfType<Observation>().ToList();
}
