using Repro.Report.Observations;
using Repro.Report.Tests.Synthetic;
using static Repro.Report.Tests.Synthetic.ExperimentBuilder;

namespace Repro.Report.Tests.Report.Observations;

public class ModeCollapseRuleTests
{
    private readonly ModeCollapseRule _rule = new();

    [Fact]
    public void Should_Fire_From_The_First_Snapshot_Of_Lasting_Few_Attribute_Combinations_And_Name_The_Crowded_Classes()
    {
        // The floor: 64 combinations among 88 real drawings; the threshold is half of that.
        var metrics = Metrics([Snapshot(1000, combinations: 20), Snapshot(2000, combinations: 50), Snapshot(3000, combinations: 30),
            Snapshot(4000, combinations: 12, crowd: 0.7, diversity: 0.4)]);

        var observation = _rule.Apply(Experiment(metrics: metrics), DefaultParams.Report);

        Assert.NotNull(observation);
        Assert.Equal("Mode collapse (or a generator that never diversified) from epoch 3000: 88 final samples hold 12 attribute combinations, " +
                     "88 real drawings 64 (0.19x); 75% of the samples have hair \"short\" (training images: 17%), 74% of the samples have " +
                     "expression \"neutral\" (training images: 12.5%). Pixel diversity: 0.40x the training images'.", observation.Finding);
        Assert.Contains("below 0.50 at every snapshot", observation.Rule);
    }

    [Fact]
    public void Should_Stay_Silent_When_The_Combinations_Recover()
    {
        var metrics = Metrics([Snapshot(1000, combinations: 20), Snapshot(2000, combinations: 25), Snapshot(3000, combinations: 50)]);

        Assert.Null(_rule.Apply(Experiment(metrics: metrics), DefaultParams.Report));
    }
}
