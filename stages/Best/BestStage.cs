using Repro.Gan.Imaging;
using Repro.Gan.Runtime;
using Repro.Gan.Training;
using Repro.Sample.Domain;
using Repro.Sample.Metrics;
using Repro.Train;
using Repro.Train.Outputs;
using Repro.Train.Params;

namespace Repro.Best;

/// <summary>The best stage: the generator of the snapshot sample chose as best (lowest face KID), kept like the
/// final one. When the best is the last snapshot, train's files are it; otherwise training is replayed to that
/// epoch (<see cref="Replay"/>). Writes generator.pt, conditions.json (kept: best), the interpolation and walk
/// strips at that epoch, and metrics.json: the face figures on train.finalEvalSamples images (as the final
/// snapshot has them; the eval batch sample chose by is smaller) and how the generator was obtained.</summary>
internal static class BestStage
{
    public static void Run(StageContext context)
    {
        var choice = BestChoice.Read(context.Dep("metrics"));
        var dataset = TrainStage.ReadDataset(context);
        var p = TrainParams.From(context, dataset.Count);
        if (choice.Epoch < 1 || choice.Epoch > p.Training.Epochs)
            throw new StageInputException($"The sample stage chose epoch {choice.Epoch} as best, but the run has epochs 1 to {p.Training.Epochs}. Rerun sample.");
        var train = context.Dep("train");
        var final = choice.Epoch == p.Training.Epochs;
        // The replay needs the run's numerics; the classifier alone reads portably (as in sample).
        var numerics = CpuNumerics.Apply(final ? CpuNumerics.Portable : p.Numerics);
        context.SetProvenance("numerics", numerics.Class);

        using var finalLatents = FixedLatents.Eval(p.Training.Seed, Math.Max(p.EvalSamples, p.FinalEvalSamples), p.Training.LatentDim);
        var (samples, origin) = final ? KeepFinal(context, train, choice.Epoch) : KeepReplayed(context, p, dataset, train, choice.Epoch, finalLatents, numerics);
        TorchRuntime.ConfigureThreads(1);
        BestMetrics.Write(context, dataset, samples, choice, origin);
    }

    /// <summary>The best is the last snapshot: train's generator, strips and final eval batch are the best's.</summary>
    private static (ImageBatch Samples, ReplayOrigin Origin) KeepFinal(StageContext context, string train, int epoch)
    {
        foreach (var file in new[] { "generator.pt", LatentWalks.Interpolation, LatentWalks.Walk })
            File.Copy(Path.Combine(train, file), context.OutPath(file));
        ConditionsFile.CopyAs(Path.Combine(train, ConditionsFile.Name), context.OutPath(ConditionsFile.Name), "best", epoch);
        var samples = ImageBatch.Read(Path.Combine(train, SnapshotNames.Folder, SnapshotNames.Eval(epoch)));
        return (samples, new ReplayOrigin("final", 0, null));
    }

    private static (ImageBatch Samples, ReplayOrigin Origin) KeepReplayed(StageContext context, TrainParams p, ImageBatch dataset, string train,
        int epoch, Tensor finalLatents, NumericsInForce numerics)
    {
        var threads = TorchRuntime.ConfigureThreads(p.Threads);
        var device = TorchRuntime.ResolveDevice(p.Device);
        context.SetProvenance("device", device.type.ToString().ToLowerInvariant());
        context.SetProvenance("threads", threads);
        using var trainer = Replay.To(epoch, context, p, dataset, device);
        using var gridLatents = FixedLatents.Grid(p.Training.Seed, p.FixedSamples, p.Training.LatentDim);
        var matches = Replay.MatchesRecordedGrid(trainer, gridLatents, Path.Combine(train, SnapshotNames.Folder, SnapshotNames.Grid(epoch)));
        if (!matches)
            Console.Error.WriteLine($"warning: {context.InstanceName}: the replayed generator does not draw train's recorded grid of epoch {epoch} " +
                                    "bit for bit (another device, CPU kind or thread count than the run had): it is a rerun of the same conditions.");
        using var images = trainer.Generate(finalLatents);
        trainer.G.save(context.OutPath("generator.pt"));
        LatentWalks.Write(trainer, gridLatents, context.OutDir);
        ConditionsFile.Write(context.OutPath(ConditionsFile.Name), context, trainer, dataset.Count, threads, numerics, kept: "best");
        return (ImageTensors.ToBatch(images), new ReplayOrigin("replay", trainer.Iteration, matches));
    }
}

/// <summary>How the best generator was obtained: train's own final one, or a replay of so many steps, and whether
/// the replay drew train's recorded grid bit for bit (null when there was none).</summary>
internal sealed record ReplayOrigin(string From, int Steps, bool? GridMatches);
