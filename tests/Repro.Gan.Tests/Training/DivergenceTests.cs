using Repro.Gan.Model;
using Repro.Gan.Training;

namespace Repro.Gan.Tests.Training;

public class DivergenceTests
{
    [Fact]
    public void Should_Stop_At_The_First_Step_Whose_Losses_Are_Not_Finite_Saying_What_To_Do()
    {
        // Given a discriminator whose first update makes its weights NaN (what a faulty kernel does too)
        using var images = rand(16, 1, 32, 32).mul_(2).sub_(1);
        var options = new TrainingOptions
        {
            LatentDim = 5, Epochs = 10, StepsPerEpoch = 2, BatchSize = 8, LrG = 2e-4, LrD = double.NaN, Beta1G = 0.5, Beta1D = 0.1, KerasLoss = true,
            RealLabelMin = 1, RealLabelMax = 1, FakeLabelMin = 0, FakeLabelMax = 0, Seed = 1,
        };
        using var trainer = new GanTrainer(Architecture.For(32, 5), options, images, CPU);

        // When it steps
        var error = Assert.Throws<StageInputException>(() => trainer.Step());

        // Then the first step says so (D's loss on the real half came before the NaN update; the fake half's did not)
        Assert.StartsWith("The losses of step 1 (epoch 1) are not finite (d_loss real ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(", fake NaN, g_loss NaN): training diverged or a CPU kernel computed garbage. " +
                        "Rerun with train.numerics=portable, or lower train.lrD and train.lrG.", error.Message, StringComparison.Ordinal);
    }
}
