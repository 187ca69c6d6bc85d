using Repro.Augment.Inputs;
using Repro.Augment.Output;
using Repro.Augment.Params;
using Repro.Augment.Transforms;
using Repro.Imaging;
using Repro.Contract;
using Repro.StageHost;

namespace Repro.Augment;

/// <summary>The augment stage: preprocess output -> `dataset.bin` (the training set as an ImageBatch),
/// `manifest.json` and `contact-sheet.png`. A pure function of the images and augment.* params: the
/// subset is seeded and every transform is exact, so the bytes are identical run to run.</summary>
internal static class AugmentStage
{
    public static void Run(StageContext context)
    {
        var p = AugmentParams.From(context);
        var (images, width, height) = PreprocessedImages.Load(context.Dep("images"));
        context.Cancellation.ThrowIfCancellationRequested();
        var chosen = SubsetSelector.Choose(images.Count, p.MaxImages, p.Seed).Select(i => images[i]).ToList();
        var augmentations = Augmentations.Enabled(p);
        var set = TrainingSet.Build(chosen, augmentations, width, height);

        set.Batch.Write(context.OutPath("dataset.bin"));
        ContactSheet.Write(context.OutPath("contact-sheet.png"), set.Batch);
        var names = augmentations.Select(a => a.Name).ToList();
        CanonicalJson.Write(context.OutPath("manifest.json"), AugmentManifest.Build(context, set, images.Count, chosen.Count, names), KeyOrder.AsWritten);
        Console.WriteLine($"augment: {chosen.Count} of {images.Count} images" +
            (names.Count > 0 ? $" + {string.Join(", ", names)}" : "") + $" -> dataset.bin ({set.Batch.Count} images, {width}x{height})");
    }
}
