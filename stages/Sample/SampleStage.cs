using System.Globalization;
using Repro.Imaging;
using Repro.Gan.Runtime;
using Repro.Sample.Domain;
using Repro.Sample.General;
using Repro.Sample.Images;
using Repro.Sample.Inputs;
using Repro.Sample.Metrics;
using Repro.Sample.Output;
using Repro.Contract;
using Repro.Sample.Params;
using Repro.StageHost;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Repro.Sample;

/// <summary>The sample stage: from train's snapshots and augment's training set, a grid per snapshot, the
/// progress GIF, the final sample sheet, the closest pairs and metrics.json. Snapshots are measured in
/// parallel; each is a pure function of its inputs and the seed, so the bytes do not depend on scheduling.</summary>
internal static class SampleStage
{
    public static void Run(StageContext context)
    {
        var p = SampleParams.From(context);
        var snapshots = SnapshotCatalog.Find(context.Dep("train"));
        var dataset = ImageBatch.Read(Path.Combine(context.Dep("dataset"), "dataset.bin"));
        if (dataset.Count < 4)
            throw new StageInputException($"The training set holds {dataset.Count} images; the metrics need at least 4 (two halves of 2).");

        var training = TrainingReference.Build(dataset, p.MetricSize, p.MemorisationPercentile, p.NdbBins, p.Seed);
        var evaluator = new SetEvaluator(training, p);
        var evals = snapshots.Select(s => ImageBatch.Read(s.EvalPath)).ToArray();
        for (var i = 0; i < snapshots.Count; i++) RequireSameSize(evals[i], dataset, snapshots[i].EvalPath);
        using var space = LoadClassifier(context);
        var domain = new DomainEvaluator(space, dataset, training, p.KidSubsets, evals.Min(e => e.Count), p.MemorisationPercentile, p.Seed);
        var last = snapshots[^1].Epoch;
        Directory.CreateDirectory(context.OutPath("grids"));

        var results = new SnapshotResult[snapshots.Count];
        var frames = new Image<L8>[snapshots.Count];
        MemorisationResult? finalNearest = null;
        var options = new ParallelOptions { CancellationToken = context.Cancellation, MaxDegreeOfParallelism = Environment.ProcessorCount };
        ParallelRun.For(snapshots.Count, options, i =>
        {
            var snapshot = snapshots[i];
            var grid = ImageBatch.Read(snapshot.GridPath);
            var eval = evals[i];
            using (var image = GridImages.Grid(grid, p.GridColumns))
                GrayImages.SavePng(image, context.OutPath("grids", $"grid-{snapshot.Epoch:D6}.png"));
            frames[i] = GridImages.Captioned(grid, p.GridColumns, Caption(snapshot.Epoch, last));
            var (metrics, _) = evaluator.Evaluate(eval);
            var (face, nearest) = domain.Evaluate(eval);
            results[i] = new SnapshotResult(snapshot.Epoch, metrics, face, evaluator.GridDiversityRatio(grid));
            if (i == snapshots.Count - 1) finalNearest = nearest;
        });

        var best = MetricsDocument.Best(results);
        var general = p.ResNetImages > 0 ? ResNet18Figures(context, p, dataset, training, evals[^1], evals[best]) : null;
        ProgressGif.Write(frames, p.GifDelay, context.OutPath("progress.gif"));
        WriteFinalImages(context, p, evals[^1], dataset, finalNearest!);
        var document = MetricsDocument.Build(p, training, evaluator.RealVsReal(), results, space, domain, general);
        MetricsDocument.Write(document, context.OutPath("metrics.json"));
    }

    private static GeneralMetrics ResNet18Figures(StageContext context, SampleParams p, ImageBatch dataset, TrainingReference training,
        ImageBatch final, ImageBatch best)
    {
        using var resnet = ResNet18Space.Load();
        context.SetProvenance("onnxruntime", ResNet18Space.OnnxRuntimeVersion);
        var evaluator = new GeneralEvaluator(resnet, dataset, training, p.KidSubsets, p.ResNetImages, context.Cancellation, p.Seed);
        var finalFigures = evaluator.Evaluate(final);
        return new GeneralMetrics(evaluator.CompareSize, finalFigures, ReferenceEquals(best, final) ? finalFigures : evaluator.Evaluate(best),
            evaluator.RealVsReal());
    }

    /// <summary>The classifier stage's face classifier, under portable numerics on one thread (before the first
    /// tensor operation): its features are the same bits on every CPU.</summary>
    private static ClassifierSpace LoadClassifier(StageContext context)
    {
        var numerics = CpuNumerics.Apply(CpuNumerics.Portable);
        TorchRuntime.ConfigureThreads(1);
        context.SetProvenance("numerics", numerics.Class);
        return ClassifierSpace.Load(context.Dep("classifier"));
    }

    /// <summary>The final sheet, and the closest pairs: each sample beside its nearest training image in the
    /// classifier's feature space (a shifted copy is near there, not in pixels).</summary>
    private static void WriteFinalImages(StageContext context, SampleParams p, ImageBatch eval, ImageBatch dataset,
        MemorisationResult memorisation)
    {
        using (var sheet = GridImages.Grid(eval, p.SheetColumns, p.SheetCount))
            GrayImages.SavePng(sheet, context.OutPath("final-sheet.png"));
        using var pairs = ClosestPairsImage.Render(eval, dataset, memorisation.Nearest, p.ClosestPairs);
        GrayImages.SavePng(pairs, context.OutPath("closest-pairs.png"));
    }

    private static string Caption(int epoch, int last) =>
        string.Create(CultureInfo.InvariantCulture, $"epoch {epoch} of {last}");

    private static void RequireSameSize(ImageBatch samples, ImageBatch dataset, string path)
    {
        if (samples.Count < 2)
            throw new StageInputException($"'{path}' holds {samples.Count} images; the metrics need at least 2. Raise train.evalSamples.");
        if (samples.Height != dataset.Height || samples.Width != dataset.Width)
            throw new StageInputException($"'{path}' holds {samples.Width}x{samples.Height} images but the training set is {dataset.Width}x{dataset.Height}. Rerun train on this dataset.");
    }
}
