using Repro.Contract;
using Repro.Gan.Tests.Support;
using Repro.Train.Params;

namespace Repro.Gan.Tests.Training;

public class TrainParamsTests
{
    [Theory]
    [InlineData("train.batchSize", 31, "Param 'train.batchSize' must be even (D sees one half batch of real and one of generated images); got 31.")]
    [InlineData("train.lrD", 2.0, "Param 'train.lrD' is 2; allowed range is 1E-07 to 1.")]
    [InlineData("train.latentDim", 0, "Param 'train.latentDim' is 0; allowed range is 1 to 512.")]
    [InlineData("train.realLabelMin", 1.3, "Param 'train.realLabelMin' (1.3) is above 'train.realLabelMax' (1.2); real targets are drawn from U(min, max).")]
    [InlineData("train.device", "gpu", "Param 'train.device' is \"gpu\"; use one of: auto, cpu, cuda.")]
    [InlineData("train.fakeBatchNorm", "train", "Param 'train.fakeBatchNorm' is \"train\"; use one of: inference, batch.")]
    [InlineData("train.instanceNoise", -0.5, "Param 'train.instanceNoise' is -0.5; allowed range is 0 to 2.")]
    [InlineData("train.epochs", "many", "Param 'train.epochs' should be an integer but is \"many\" (String).")]
    [InlineData("train.numerics", "fast", "Param 'train.numerics' is \"fast\"; use one of: portable, native.")]
    [InlineData("train.loss", "mse", "Param 'train.loss' is \"mse\"; use one of: keras, logits.")]
    [InlineData("train.batchSize", 64, "Param 'train.batchSize' is 64, but an epoch is floor(images / (batchSize / 2)) steps and the dataset holds 24 image(s): no step at all. Lower train.batchSize to at most 48 or add images.")]
    public void Should_Reject_Bad_Values_Naming_The_Key(string key, object value, string message)
    {
        using var workspace = new TrainWorkspace(images: 1);
        workspace.Params[key] = Newtonsoft.Json.Linq.JToken.FromObject(value);

        var error = Assert.Throws<StageInputException>(() => TrainParams.From(workspace.NextContext(), images: 24));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Should_Treat_Absent_Remedies_As_Off()
    {
        using var workspace = new TrainWorkspace(images: 1);

        var p = TrainParams.From(workspace.NextContext(), images: 24);

        Assert.Equal((0.0, 0.0, false, false),
            (p.Training.LabelSmoothing, p.Training.InstanceNoise, p.Training.DiffAugment, p.Training.FakesWithBatchStatistics));
    }
}
