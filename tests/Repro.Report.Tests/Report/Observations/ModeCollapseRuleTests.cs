using Repro.Report.Observations;
using Repro.Report.Tests.Synthetic;
using static Repro.Report.Tests.Synthetic.ExperimentBuilder;

namespace Repro.Report.Tests.Report.Observations;

public class ModeCollapseRuleTests
{
    private readonly ModeCollapseRule _rule = new();

    [Fact]
    public void Should_Fire_From_The_First_Snapshot_Of_Lasting_Low_Diversity()
    {
        var metrics = Metrics([Snapshot(1000, diversity: 0.3), Snapshot(2000, diversity: 0.8), Snapshot(3000, diversity: 0.4), Snapshot(4000, diversity: 0.2)]);

        var observation = _rule.Apply(Experiment(metrics: metrics), DefaultParams.Report);

        Assert.NotNull(observation);
        Assert.StartsWith("Mode collapse (or a generator that never diversified) from epoch 3000:", observation.Finding);
        Assert.Contains("below 0.50 at every snapshot", observation.Rule);
    }

    [Fact]
    public void Should_Stay_Silent_When_Diversity_Recovers()
    {
        var metrics = Metrics([Snapshot(1000, diversity: 0.3), Snapshot(2000, diversity: 0.4), Snapshot(3000, diversity: 0.7)]);

        Assert.Null(_rule.Apply(Experiment(metrics: metrics), DefaultParams.Report));
    }
}
