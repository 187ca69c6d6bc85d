using Repro.Contract;
using Repro.Gan.Runtime;
using Repro.Gan.Training;

namespace Repro.Train.Params;

/// <summary>The train.* params, read from the request and checked together. The engine has checked each key's
/// type and range against stage.json's schema; this adds only the checks that involve several keys or the
/// dataset. Every failure names the key.</summary>
internal sealed record TrainParams
{
    public required TrainingOptions Training { get; init; }
    public required int SnapshotEvery { get; init; }
    public required int FixedSamples { get; init; }
    public required int EvalSamples { get; init; }
    public required int FinalEvalSamples { get; init; }
    public required string Device { get; init; }
    public required int Threads { get; init; }
    public required string Numerics { get; init; }

    /// <param name="images">The training set's size: an epoch is floor(images / half batch) steps.</param>
    public static TrainParams From(StageContext context, int images)
    {
        var training = new TrainingOptions
        {
            LatentDim = context.GetInt("train.latentDim"),
            Epochs = context.GetInt("train.epochs"),
            BatchSize = context.GetInt("train.batchSize"),
            StepsPerEpoch = 0,   // set below, once the batch size is known to be valid
            LrG = context.GetDouble("train.lrG"),
            LrD = context.GetDouble("train.lrD"),
            Beta1G = context.GetDouble("train.beta1G"),
            Beta1D = context.GetDouble("train.beta1D"),
            KerasLoss = context.GetString("train.loss") == "keras",   // or "logits"
            RealLabelMin = context.GetDouble("train.realLabelMin"),
            RealLabelMax = context.GetDouble("train.realLabelMax"),
            FakeLabelMin = context.GetDouble("train.fakeLabelMin"),
            FakeLabelMax = context.GetDouble("train.fakeLabelMax"),
            Seed = context.GetLong("train.seed"),
            LabelSmoothing = context.GetDouble("train.labelSmoothing"),
            InstanceNoise = context.GetDouble("train.instanceNoise"),
            DiffAugment = context.GetBool("train.diffAugment"),
            FakesWithBatchStatistics = context.GetString("train.fakeBatchNorm") == "batch",   // or "inference"
        };
        var result = new TrainParams
        {
            Training = training,
            SnapshotEvery = context.GetInt("train.snapshotEvery"),   // epochs
            FixedSamples = context.GetInt("train.fixedSamples"),
            EvalSamples = context.GetInt("train.evalSamples"),
            FinalEvalSamples = context.GetInt("train.finalEvalSamples"),
            Device = context.GetString("train.device"),
            Threads = context.GetInt("train.threads"),
            Numerics = context.GetString("train.numerics"),
        };
        result.CheckConsistency(images);
        return result with { Training = training with { StepsPerEpoch = images / training.HalfBatch } };
    }

    private void CheckConsistency(int images)
    {
        if (Training.BatchSize % 2 != 0)
            throw new StageInputException($"Param 'train.batchSize' must be even (D sees one half batch of real and one of generated images); got {Training.BatchSize}.");
        if (images < Training.HalfBatch)
            throw new StageInputException($"Param 'train.batchSize' is {Training.BatchSize}, but an epoch is floor(images / (batchSize / 2)) steps and " +
                                          $"the dataset holds {images} image(s): no step at all. Lower train.batchSize to at most {2 * images} or add images.");
        if (Training.RealLabelMin > Training.RealLabelMax)
            throw new StageInputException($"Param 'train.realLabelMin' ({Training.RealLabelMin}) is above 'train.realLabelMax' ({Training.RealLabelMax}); real targets are drawn from U(min, max).");
        if (Training.FakeLabelMin > Training.FakeLabelMax)
            throw new StageInputException($"Param 'train.fakeLabelMin' ({Training.FakeLabelMin}) is above 'train.fakeLabelMax' ({Training.FakeLabelMax}); fake targets are drawn from U(min, max).");
    }
}
