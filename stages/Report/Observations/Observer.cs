using Repro.Report.Inputs;

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

    public static IReadOnlyList<Observation> Observe(Experiment experiment, ReportSettings settings) =>
        Rules.Select(rule => rule.Apply(experiment, settings)).OfType<Observation>().ToList();
}
