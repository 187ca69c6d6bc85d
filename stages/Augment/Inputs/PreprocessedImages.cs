using Repro.Imaging;
using Repro.Contract;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Repro.Augment.Inputs;

/// <summary>Reads `images/*.png` of the preprocess output, in name order (the preprocess order), and checks
/// they are all one size: a mixed folder means it was not written by one preprocess run.</summary>
internal static class PreprocessedImages
{
    public static (IReadOnlyList<SourceImage> Images, int Width, int Height) Load(string preprocessOutput)
    {
        var folder = Path.Combine(preprocessOutput, "images");
        if (!Directory.Exists(folder))
            throw new StageInputException($"The preprocess output '{preprocessOutput}' has no images/ folder. Rerun the preprocess stage.");
        var files = Directory.GetFiles(folder, "*.png").OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal).ToList();
        if (files.Count == 0)
            throw new StageInputException($"The folder '{folder}' holds no PNG images. Rerun the preprocess stage.");
        var images = new SourceImage[files.Count];
        var sizes = new (int Width, int Height)[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var bytes = File.ReadAllBytes(files[i]);
            using var image = Image.Load<L8>(Codecs.Decoding, bytes);
            sizes[i] = (image.Width, image.Height);
            images[i] = new SourceImage("images/" + Path.GetFileName(files[i]), ContentHash.Of(bytes), GrayImages.ToPixels(image));
        });
        var (width, height) = sizes[0];
        for (var i = 1; i < files.Count; i++)
            if (sizes[i] != sizes[0])
                throw new StageInputException($"'{images[i].RelativePath}' is {sizes[i].Width}x{sizes[i].Height} but '{images[0].RelativePath}' is {width}x{height}: the preprocess output mixes sizes. Rerun the preprocess stage.");
        return (images, width, height);
    }
}
