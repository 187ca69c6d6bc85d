using Repro.Contract;
using Repro.Gan.Tests.Support;
using Repro.Train.Params;

namespace Repro.Gan.Tests.Training;

/// <summary>What the stage checks itself: the JSON type, and the rules that involve several keys or the dataset.
/// Single-key ranges and allowed values are the engine's, checked before any stage runs (Repro.Engine.Tests).</summary>
public class TrainParamsTests
{
    [Theory]
    [InlineData("train.batchSize", 31, "Param 'train.batchSize' must be even (D sees one half batch of real and one of generated images); got 31.")]
    [InlineData("train.realLabelMin", 1.3, "Param 'train.realLabelMin' (1.3) is above 'train.realLabelMax' (1.2); real targets are drawn from U(min, max).")]
    [InlineData("train.fakeLabelMin", 0.5, "Param 'train.fakeLabelMin' (0.5) is above 'train.fakeLabelMax' (0.3); fake targets are drawn from U(min, max).")]
    [InlineData("train.epochs", "many", "Param 'train.epochs' should be an integer but is \"many\" (String).")]
    [InlineData("train.batchSize", 64, "Param 'train.batchSize' is 64, but an epoch is floor(images / (batchSize / 2)) steps and the dataset holds 24 image(s): no step at all. Lower train.batchSize to at most 48 or add images.")]
    public void Should_Reject_Bad_Values_Naming_The_Key(string key, object value, string message)
    {
        using var workspace = new TrainWorkspace(images: 1);
        workspace.Params[key] = Newtonsoft.Json.Linq.JToken.FromObject(value);

        var error = Assert.Throws<StageInputException>(() => TrainParams.From(workspace.NextContext(), images: 24));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Should_Require_Every_Declared_Key()
    {
        using var workspace = new TrainWorkspace(images: 1);
        workspace.Params.Remove("train.labelSmoothing");

        var error = Assert.Throws<StageInputException>(() => TrainParams.From(workspace.NextContext(), images: 24));

        Assert.Equal("The stage request has no param 'train.labelSmoothing'. Declare it in the stage's stage.json \"params\".", error.Message);
    }

    [Theory]
    [InlineData("keras", "inference", true, false)]
    [InlineData("logits", "batch", false, true)]
    public void Should_Map_The_Loss_And_BatchNorm_Choices(string loss, string fakeBatchNorm, bool kerasLoss, bool batchStatistics)
    {
        using var workspace = new TrainWorkspace(images: 1);
        workspace.Params["train.loss"] = loss;
        workspace.Params["train.fakeBatchNorm"] = fakeBatchNorm;

        var p = TrainParams.From(workspace.NextContext(), images: 24);

        Assert.Equal((kerasLoss, batchStatistics), (p.Training.KerasLoss, p.Training.FakesWithBatchStatistics));
    }
}
