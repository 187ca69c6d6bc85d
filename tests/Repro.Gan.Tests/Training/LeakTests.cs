using Repro.Gan.Model;
using Repro.Gan.Training;

namespace Repro.Gan.Tests.Training;

public class LeakTests
{
    [Fact]
    public void Should_Not_Grow_The_Live_Tensor_Count_Across_Iterations()
    {
        using var images = rand(16, 1, 32, 32).mul_(2).sub_(1);
        var options = new TrainingOptions
        {
            LatentDim = 5, Epochs = 10, StepsPerEpoch = 2, BatchSize = 8, LrG = 2e-4, LrD = 1e-5, Beta1G = 0.5, Beta1D = 0.1, KerasLoss = true,
            RealLabelMin = 1, RealLabelMax = 1, FakeLabelMin = 0, FakeLabelMax = 0, Seed = 1,
            InstanceNoise = 0.1, DiffAugment = true,
        };
        using var trainer = new GanTrainer(Architecture.For(32, 5), options, images, CPU);
        using var latents = FixedLatents.Grid(1, 4, 5);
        trainer.Step();   // the first steps create the optimizers' state
        trainer.Step();
        var before = DisposeScopeManager.Statistics.ThreadTotalLiveCount;

        for (var i = 0; i < 5; i++)
        {
            trainer.Step();
            trainer.Generate(latents).Dispose();
        }

        Assert.Equal(before, DisposeScopeManager.Statistics.ThreadTotalLiveCount);
    }
}
