using Repro.Report.Observations;
using Repro.Report.Tests.Synthetic;
using static Repro.Report.Tests.Synthetic.ExperimentBuilder;

namespace Repro.Report.Tests.Report.Observations;

public class MetricRulesTests
{
    [Fact]
    public void Memorisation_Should_Fire_Above_The_Alert_And_Stay_Silent_Below()
    {
        var copying = Experiment(metrics: Metrics([Snapshot(500, memorisation: 0.6)]));
        var novel = Experiment(metrics: Metrics([Snapshot(500, memorisation: 0.06)]));

        Assert.StartsWith("Possible memorisation: 60% of the final samples", new MemorisationRule().Apply(copying, DefaultParams.Report)?.Finding);
        Assert.Null(new MemorisationRule().Apply(novel, DefaultParams.Report));
    }

    [Fact]
    public void KidPastBest_Should_Fire_When_The_Final_KID_Is_Clearly_Worse()
    {
        var worse = Experiment(metrics: Metrics([Snapshot(500, kid: 0.2), Snapshot(1000, kid: 0.05), Snapshot(1500, kid: 0.4)]));
        var noise = Experiment(metrics: Metrics([Snapshot(500, kid: 0.2), Snapshot(1000, kid: 0.05), Snapshot(1500, kid: 0.06)]));

        Assert.StartsWith("Training went past its best: KID was lowest at epoch 1000", new KidPastBestRule().Apply(worse, DefaultParams.Report)?.Finding);
        Assert.EndsWith("The lowest of 3 noisy values is biased low; no other snapshot is within 2 standard deviations of it.",
            new KidPastBestRule().Apply(worse, DefaultParams.Report)?.Finding);
        Assert.Null(new KidPastBestRule().Apply(noise, DefaultParams.Report));
    }

    [Fact]
    public void KidAtNoiseFloor_Should_Fire_Only_When_Final_KID_Is_Within_The_Floor()
    {
        var floor = Snapshot(0, kid: 0.02, kidStd: 0.01);
        var real = Experiment(metrics: Metrics([Snapshot(500, kid: 0.03, kidStd: 0.01)], floor));
        var far = Experiment(metrics: Metrics([Snapshot(500, kid: 0.5, kidStd: 0.01)], floor));

        Assert.Contains("not evidence that the samples look like real drawings", new KidAtNoiseFloorRule().Apply(real, DefaultParams.Report)?.Finding);
        Assert.Null(new KidAtNoiseFloorRule().Apply(far, DefaultParams.Report));
    }

    [Fact]
    public void ModeCoverage_Should_Fire_When_NDB_Exceeds_The_Floor_By_The_Margin()
    {
        var uneven = Experiment(metrics: Metrics([Snapshot(500, ndb: 6, bins: 10)]));
        var even = Experiment(metrics: Metrics([Snapshot(500, ndb: 1, bins: 10)]));

        Assert.StartsWith("Uneven mode coverage: the final samples over- or under-fill 6 of 10", new ModeCoverageRule().Apply(uneven, DefaultParams.Report)?.Finding);
        Assert.Null(new ModeCoverageRule().Apply(even, DefaultParams.Report));
    }
}
