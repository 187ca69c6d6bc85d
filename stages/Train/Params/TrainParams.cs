using Repro.Contract;
using Repro.Gan.Runtime;
using Repro.Gan.Training;

namespace Repro.Train.Params;

/// <summary>The train.* params, read from the request and checked together. The engine checks each key's
/// type and range from stage.json's schema; this repeats the ranges (the stage may be run directly) and adds
/// the checks that involve several keys. Every failure names the key.</summary>
internal sealed record TrainParams
{
    public required TrainingOptions Training { get; init; }
    public required int SnapshotEvery { get; init; }
    public required int FixedSamples { get; init; }
    public required int EvalSamples { get; init; }
    public required string Device { get; init; }
    public required int Threads { get; init; }
    public required string Numerics { get; init; }

    /// <param name="images">The training set's size: an epoch is floor(images / half batch) steps.</param>
    public static TrainParams From(StageContext context, int images)
    {
        var reader = new ParamReader(context);
        var training = new TrainingOptions
        {
            LatentDim = reader.Int("train.latentDim", 1, 512),
            Epochs = reader.Int("train.epochs", 1, 10_000_000),
            BatchSize = reader.Int("train.batchSize", 2, 4096),
            StepsPerEpoch = 0,   // set below, once the batch size is known to be valid
            LrG = reader.Number("train.lrG", 1e-7, 1),
            LrD = reader.Number("train.lrD", 1e-7, 1),
            Beta1G = reader.Number("train.beta1G", 0, 0.999),
            Beta1D = reader.Number("train.beta1D", 0, 0.999),
            KerasLoss = reader.OneOf("train.loss", "keras", "logits") == "keras",
            RealLabelMin = reader.Number("train.realLabelMin", 0, 1.5),
            RealLabelMax = reader.Number("train.realLabelMax", 0, 1.5),
            FakeLabelMin = reader.Number("train.fakeLabelMin", 0, 1),
            FakeLabelMax = reader.Number("train.fakeLabelMax", 0, 1),
            Seed = reader.Long("train.seed", 0, int.MaxValue),
            LabelSmoothing = reader.OptionalNumber("train.labelSmoothing", 0, 0.5, 0),
            InstanceNoise = reader.OptionalNumber("train.instanceNoise", 0, 2, 0),
            DiffAugment = reader.OptionalBool("train.diffAugment", false),
            FakesWithBatchStatistics = reader.OptionalOneOf("train.fakeBatchNorm", "inference", "inference", "batch") == "batch",
        };
        var result = new TrainParams
        {
            Training = training,
            SnapshotEvery = reader.Int("train.snapshotEvery", 1, 10_000_000),   // epochs
            FixedSamples = reader.Int("train.fixedSamples", 1, 1024),
            EvalSamples = reader.Int("train.evalSamples", 1, 100_000),
            Device = reader.OneOf("train.device", "auto", "cpu", "cuda"),
            Threads = reader.Int("train.threads", 0, 1024),
            Numerics = reader.OneOf("train.numerics", CpuNumerics.Modes),
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
