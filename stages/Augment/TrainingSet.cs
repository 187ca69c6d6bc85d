using Repro.Augment.Inputs;
using Repro.Augment.Transforms;
using Repro.Contract;

namespace Repro.Augment;

/// <summary>The training set: the chosen originals in preprocess order, then, for each enabled
/// augmentation in turn, one transformed copy of every original in the same order (so with flip, image
/// i + n is the mirror of image i). Each entry remembers its source and transform for the manifest.</summary>
internal sealed class TrainingSet
{
    private TrainingSet(ImageBatch batch, IReadOnlyList<(SourceImage Source, string Transform)> entries)
    {
        Batch = batch;
        Entries = entries;
    }

    public ImageBatch Batch { get; }
    public IReadOnlyList<(SourceImage Source, string Transform)> Entries { get; }

    public static TrainingSet Build(IReadOnlyList<SourceImage> chosen, IReadOnlyList<IAugmentation> augmentations, int width, int height)
    {
        var imageSize = width * height;
        var count = chosen.Count * (1 + augmentations.Count);
        var pixels = new byte[(long)count * imageSize];
        var entries = new List<(SourceImage, string)>(count);
        foreach (var source in chosen)
        {
            source.Pixels.CopyTo(pixels.AsSpan(entries.Count * imageSize, imageSize));
            entries.Add((source, "none"));
        }
        foreach (var augmentation in augmentations)
            foreach (var source in chosen)
            {
                augmentation.Apply(source.Pixels, width, height).CopyTo(pixels.AsSpan(entries.Count * imageSize, imageSize));
                entries.Add((source, augmentation.Name));
            }
        return new TrainingSet(new ImageBatch(count, height, width, pixels), entries);
    }
}
