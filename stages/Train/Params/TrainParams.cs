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

    public static TrainParams From(StageContext context)
    {
        var reader = new ParamReader(context);
        var training = new TrainingOptions
        {
            LatentDim = reader.Int("train.latentDim", 1, 512),
            Iterations = reader.Int("train.iterations", 1, 10_000_000),
            BatchSize = reader.Int("train.batchSize", 2, 4096),
            LrG = reader.Number("train.lrG", 1e-7, 1),
            LrD = reader.Number("train.lrD", 1e-7, 1),
            Beta1 = reader.Number("train.beta1", 0, 0.999),
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
            SnapshotEvery = reader.Int("train.snapshotEvery", 1, 10_000_000),
            FixedSamples = reader.Int("train.fixedSamples", 1, 1024),
            EvalSamples = reader.Int("train.evalSamples", 1, 100_000),
            Device = reader.OneOf("train.device", "auto", "cpu", "cuda"),
            Threads = reader.Int("train.threads", 0, 1024),
            Numerics = reader.OneOf("train.numerics", CpuNumerics.Modes),
        };
        result.CheckConsistency();
        return result;
    }

    private void CheckConsistency()
    {
        if (Training.BatchSize % 2 != 0)
            throw new StageInputException($"Param 'train.batchSize' must be even (D sees one half batch of real and one of generated images); got {Training.BatchSize}.");
        if (Training.RealLabelMin > Training.RealLabelMax)
            throw new StageInputException($"Param 'train.realLabelMin' ({Training.RealLabelMin}) is above 'train.realLabelMax' ({Training.RealLabelMax}); real targets are drawn from U(min, max).");
        if (Training.FakeLabelMin > Training.FakeLabelMax)
            throw new StageInputException($"Param 'train.fakeLabelMin' ({Training.FakeLabelMin}) is above 'train.fakeLabelMax' ({Training.FakeLabelMax}); fake targets are drawn from U(min, max).");
    }
}
