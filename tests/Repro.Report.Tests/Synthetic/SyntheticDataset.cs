using Newtonsoft.Json.Linq;
using Repro.Imaging;
using Repro.Contract;

namespace Repro.Report.Tests.Synthetic;

/// <summary>Writes an augment output folder: dataset.bin (with mirror images when flip), manifest.json, contact-sheet.png.</summary>
internal static class SyntheticDataset
{
    public static ImageBatch Images(int count, int size, bool flip, int seed = 7)
    {
        var images = Enumerable.Range(0, count).Select(i => Drawings.Random(size, 0, new Random(Drawings.Mix(seed * 100_000L + i)))).ToList();
        if (flip) images.AddRange(images.Select(image => Mirror(image, size)).ToList());
        return new ImageBatch(images.Count, size, size, images.SelectMany(i => i).ToArray());
    }

    public static void Write(string folder, int count, int size, bool flip)
    {
        Directory.CreateDirectory(folder);
        var batch = Images(count, size, flip);
        batch.Write(Path.Combine(folder, "dataset.bin"));
        using (var sheet = GrayImages.Grid(batch, 16, count: 64)) GrayImages.SavePng(sheet, Path.Combine(folder, "contact-sheet.png"));
        var manifest = new JObject
        {
            ["params"] = new JObject { ["augment.flip"] = flip, ["augment.maxImages"] = 0, ["augment.seed"] = 1 },
            ["dataset"] = new JObject { ["count"] = batch.Count, ["height"] = size, ["width"] = size },
        };
        File.WriteAllText(Path.Combine(folder, "manifest.json"), manifest.ToString());
    }

    public static byte[] Mirror(byte[] image, int size)
    {
        var mirror = (byte[])image.Clone();
        for (var row = 0; row < size; row++) Array.Reverse(mirror, row * size, size);
        return mirror;
    }
}
