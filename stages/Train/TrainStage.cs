using Repro.Contract;
using Repro.Gan.Checkpoints;
using Repro.Gan.Imaging;
using Repro.Gan.Model;
using Repro.Gan.Runtime;
using Repro.Gan.Training;
using Repro.Train.Outputs;
using Repro.Train.Params;
using Repro.Train.Progress;
using Repro.Train.Resume;

namespace Repro.Train;

/// <summary>The train stage: dataset.bin -> metrics.csv, snapshots/, generator.pt, checkpoint/,
/// conditions.json, and the final generator's interpolation.png and walk.png. Resumes from the last checkpoint in context.ResumeDir; Ctrl+C stops after the current
/// iteration and leaves a checkpoint there.</summary>
internal static class TrainStage
{
    public static void Run(StageContext context, TrainHooks hooks)
    {
        var dataset = ReadDataset(context);
        var p = TrainParams.From(context, dataset.Count);
        var numerics = CpuNumerics.Apply(p.Numerics);   // before the first tensor operation
        var threads = TorchRuntime.ConfigureThreads(p.Threads);
        var device = TorchRuntime.ResolveDevice(p.Device);
        context.SetProvenance("numerics", numerics.Class);
        context.SetProvenance("numerics.aten", numerics.AtenCapability);
        context.SetProvenance("numerics.mkl", numerics.MklBranch);
        context.SetProvenance("numerics.onednn", numerics.OneDnn);
        context.SetProvenance("numerics.nnpack", numerics.Nnpack);
        context.SetProvenance("device", device.type.ToString().ToLowerInvariant());
        context.SetProvenance("threads", threads);
        context.SetProvenance("torchsharp", TorchRuntime.TorchSharpVersion);
        context.SetProvenance("libtorch", TorchRuntime.LibTorchVersion);

        var architecture = Architecture.For(dataset.Height, p.Training.LatentDim);
        using var images = ImageTensors.ToTensor(dataset, device);
        using var gridLatents = FixedLatents.Grid(p.Training.Seed, p.FixedSamples, p.Training.LatentDim);
        using var evalLatents = FixedLatents.Eval(p.Training.Seed, p.EvalSamples, p.Training.LatentDim);
        using var finalEvalLatents = FixedLatents.Eval(p.Training.Seed, Math.Max(p.EvalSamples, p.FinalEvalSamples), p.Training.LatentDim);

        var resume = context.ResumeDir is null ? null : new ResumeArea(context.ResumeDir);
        var (trainer, rows) = Start(resume, () => new GanTrainer(architecture, p.Training, images, device));
        using (trainer)
        {
            var snapshotDir = resume?.SnapshotDir ?? context.OutPath(SnapshotNames.Folder);
            Loop(context, p, trainer, rows, resume, new SnapshotWriter(snapshotDir, gridLatents, evalLatents, finalEvalLatents), hooks);
            WriteOutputs(context, trainer, rows, snapshotDir, dataset.Count, threads, numerics);
            LatentWalks.Write(trainer, gridLatents, context.OutDir);
        }
    }

    private static void Loop(StageContext context, TrainParams p, GanTrainer trainer, List<string> rows,
        ResumeArea? resume, SnapshotWriter snapshots, TrainHooks hooks)
    {
        var total = p.Training.Steps;
        using var progress = new TrainingProgress(context.InstanceName, trainer.Iteration, p.Training);
        while (trainer.Iteration < total)
        {
            if (context.Cancellation.IsCancellationRequested)
            {
                resume?.Commit(trainer, rows);   // nothing done so far is lost
                progress.WriteLine($"{context.InstanceName}: stopped after step {trainer.Iteration}" +
                                   (resume is null ? "." : "; the next run resumes from here."));
                context.Cancellation.ThrowIfCancellationRequested();
            }
            var metrics = trainer.Step();
            rows.Add(metrics.ToCsv());
            if (SnapshotWriter.IsSnapshot(trainer.Iteration, p.SnapshotEvery * p.Training.StepsPerEpoch, total))
            {
                snapshots.Write(trainer, final: trainer.Iteration == total);
                if (trainer.Iteration < total) resume?.Commit(trainer, rows);
            }
            progress.Update(metrics);
            hooks.AfterIteration?.Invoke(trainer.Iteration);
        }
    }

    /// <summary>A fresh trainer, or one restored from the last checkpoint. A checkpoint that fails to load in
    /// any way is discarded with a warning and training restarts: it is never half-used.</summary>
    private static (GanTrainer Trainer, List<string> Rows) Start(ResumeArea? resume, Func<GanTrainer> create)
    {
        var trainer = create();
        if (resume is null) return (trainer, []);
        try
        {
            var rows = resume.Restore(trainer);
            if (rows is not null)
            {
                Console.Out.WriteLine($"Resuming from the checkpoint at step {trainer.Iteration}.");
                return (trainer, rows);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"warning: discarding the resume checkpoint, it cannot be used ({e.Message}); training restarts from step 0.");
            trainer.Dispose();
            trainer = create();
        }
        resume.Discard();
        return (trainer, []);
    }

    private static void WriteOutputs(StageContext context, GanTrainer trainer, List<string> rows,
        string snapshotDir, int datasetImages, int threads, NumericsInForce numerics)
    {
        // LF on every OS: the same run writes the same bytes.
        File.WriteAllText(context.OutPath(MetricsLogSchema.FileName), string.Join('\n', [IterationMetrics.CsvHeader, .. rows]) + "\n");
        SummaryFile.Write(context.OutPath("summary.json"), rows.Select(IterationMetrics.FromCsv).ToList());
        var outSnapshots = context.OutPath(SnapshotNames.Folder);
        if (snapshotDir != outSnapshots)
        {
            Directory.CreateDirectory(outSnapshots);
            foreach (var file in Directory.GetFiles(snapshotDir).Order(StringComparer.Ordinal))
                File.Copy(file, Path.Combine(outSnapshots, Path.GetFileName(file)), overwrite: true);
        }
        trainer.G.save(context.OutPath("generator.pt"));
        TrainerCheckpoint.Save(trainer, context.OutPath("checkpoint"));
        ConditionsFile.Write(context.OutPath("conditions.json"), context, trainer, datasetImages, threads, numerics);
    }

    internal static ImageBatch ReadDataset(StageContext context)
    {
        var path = Path.Combine(context.Dep("dataset"), "dataset.bin");
        if (!File.Exists(path))
            throw new StageInputException($"The dataset '{path}' is missing. Rerun the augment stage.");
        var dataset = ImageBatch.Read(path);
        if (dataset.Count == 0)
            throw new StageInputException($"The dataset '{path}' holds no images. Check preprocess.source and augment.maxImages.");
        if (dataset.Height != dataset.Width)
            throw new StageInputException($"The dataset '{path}' holds {dataset.Height}x{dataset.Width} images; train needs square images (image.size).");
        var problem = Architecture.Problem(dataset.Height);
        return problem is null ? dataset : throw new StageInputException($"Param 'image.size': {problem}");
    }
}
