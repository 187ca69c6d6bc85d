using Repro.Report.Observations;
using Repro.Report.Tests.Synthetic;

namespace Repro.Report.Tests.Report.Observations;

public class DiscriminatorDominatesRuleTests
{
    private readonly DiscriminatorDominatesRule _rule = new();

    [Fact]
    public void Should_Fire_From_The_Epoch_D_Starts_Winning_To_The_End_As_A_Real_Dominance()
    {
        var experiment = ExperimentBuilder.Experiment(ExperimentBuilder.Log(new TrainScenario { Epochs = 1000, DominateFrom = 400 }));

        var observation = _rule.Apply(experiment, DefaultParams.Report);

        Assert.NotNull(observation);
        Assert.StartsWith("The discriminator dominates during epochs 400-1000 (accuracy 99%, D(x) 0.97 and D(G(z)) 0.03 in D's step; " +
                          "a real dominance: in G's step too D rejects the fakes (D(G(z)) 0.03));", observation.Finding);
        Assert.Contains("at least 95% averaged over a window of 10% of the run (100 D/G steps)", observation.Rule);
    }

    [Fact]
    public void Should_Report_Each_Period_Of_Dominance_With_Its_Start_And_End()
    {
        var experiment = ExperimentBuilder.Experiment(ExperimentBuilder.Log(new TrainScenario { Epochs = 1000, DominateFrom = 200, DominateTo = 450 }));

        var observation = _rule.Apply(experiment, DefaultParams.Report);

        Assert.NotNull(observation);
        Assert.StartsWith("The discriminator dominates during epochs 200-450 (", observation.Finding);
        Assert.DoesNotContain("1000", observation.Finding);
    }

    [Fact]
    public void Should_Call_It_A_Stall_When_D_Rates_The_Fakes_Real_In_Gs_Own_Step()
    {
        var experiment = ExperimentBuilder.Experiment(ExperimentBuilder.Log(new TrainScenario { Epochs = 1000, DominateFrom = 600, StallInGStep = true }));

        var observation = _rule.Apply(experiment, DefaultParams.Report);

        Assert.NotNull(observation);
        Assert.Contains("epochs 600-1000 (", observation.Finding);
        Assert.Contains("a BatchNorm-mode stall rather than a stronger D: in G's own step D rates the fakes real (D(G(z)) 0.97)", observation.Finding);
    }

    [Fact]
    public void Should_Stay_Silent_When_D_Accuracy_Stays_Moderate()
    {
        var experiment = ExperimentBuilder.Experiment(ExperimentBuilder.Log(new TrainScenario { Epochs = 1000 }));

        Assert.Null(_rule.Apply(experiment, DefaultParams.Report));
    }

    [Fact]
    public void Should_Stay_Silent_When_D_Wins_For_Less_Than_The_Window()
    {
        // D wins over the last 5% only: shorter than the 10% window.
        var experiment = ExperimentBuilder.Experiment(ExperimentBuilder.Log(new TrainScenario { Epochs = 1000, DominateFrom = 951 }));

        Assert.Null(_rule.Apply(experiment, DefaultParams.Report));
    }
}
