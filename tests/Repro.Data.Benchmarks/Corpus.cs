using Repro.Imaging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Repro.Data.Benchmarks;

/// <summary>Builds benchmark folders from the embedded faces: each face is converted once per variant,
/// then files are copied round-robin up to the requested count (the stage still reads, hashes and decodes
/// every file).</summary>
internal static class Corpus
{
    /// <summary>A source kind: file extension and how a 200x200 gray face becomes one.</summary>
    public sealed record Variant(string Name, string Extension, Func<Image<L8>, Image> Convert, IImageEncoder Encoder);

    public static readonly Variant GrayPng = new("gray PNG 200x200", "png", face => face.Clone(), Codecs.GrayPng);

    public static readonly Variant[] Mixed =
    [
        GrayPng,
        new("RGB JPEG 800x600 (photo-like)", "jpg", face => Photo(face), new JpegEncoder { Quality = 90 }),
        new("RGBA PNG 300x300", "png", face => Resized<Rgba32>(face, 300), new PngEncoder { ColorType = PngColorType.RgbWithAlpha }),
        new("16-bit gray PNG 200x200", "png", face => face.CloneAs<L16>(), new PngEncoder { ColorType = PngColorType.Grayscale, BitDepth = PngBitDepth.Bit16 }),
    ];

    public static string Build(string root, string name, int count, IReadOnlyList<Variant> variants, IReadOnlyList<string> faces)
    {
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        var templates = new string[variants.Count * faces.Count];
        Parallel.For(0, templates.Length, t =>
        {
            var variant = variants[t % variants.Count];
            using var face = Image.Load<L8>(faces[t / variants.Count]);
            using var converted = variant.Convert(face);
            templates[t] = Path.Combine(root, $"{name}-template-{t:D5}.{variant.Extension}");
            converted.Save(templates[t], variant.Encoder);
        });
        for (var i = 0; i < count; i++)
            File.Copy(templates[i % templates.Length], Path.Combine(folder, $"img-{i:D5}{Path.GetExtension(templates[i % templates.Length])}"));
        return folder;
    }

    private static Image<TPixel> Resized<TPixel>(Image<L8> face, int size) where TPixel : unmanaged, IPixel<TPixel>
    {
        var image = face.CloneAs<TPixel>();
        image.Mutate(c => c.Resize(size, size));
        return image;
    }

    private static Image<Rgb24> Photo(Image<L8> face)
    {
        // A drawing photographed on slightly warm paper: 800x600, the face in the middle.
        var photo = new Image<Rgb24>(800, 600, new Rgb24(236, 230, 218));
        using var big = Resized<Rgb24>(face, 560);
        photo.Mutate(c => c.DrawImage(big, new Point(120, 20), PixelColorBlendingMode.Multiply, 1f));
        return photo;
    }
}
