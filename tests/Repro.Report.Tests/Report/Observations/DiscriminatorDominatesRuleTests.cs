using Repro.Report.Observations;
using Repro.Report.Tests.Synthetic;

namespace Repro.Report.Tests.Report.Observations;

public class DiscriminatorDominatesRuleTests
{
    private readonly DiscriminatorDominatesRule _rule = new();

    [Fact]
    public void Should_Fire_From_The_Epoch_D_Starts_Winning()
    {
        var experiment = ExperimentBuilder.Experiment(ExperimentBuilder.Log(new TrainScenario { Epochs = 1000, DominateFrom = 400 }));

        var observation = _rule.Apply(experiment, DefaultParams.Report);

        Assert.NotNull(observation);
        Assert.StartsWith("The discriminator dominates from epoch 400:", observation.Finding);
        Assert.Contains("at least 95% averaged over a window of 10% of the run (100 D/G steps)", observation.Rule);
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
