using Repro.Imaging;
using Repro.Contract;
using SixLabors.ImageSharp;

namespace Repro.Augment.Output;

/// <summary>contact-sheet.png: up to <see cref="MaxShown"/> images of the set, evenly spaced over it (so a
/// set with flips shows originals and flips), 8 per row, for the report.</summary>
internal static class ContactSheet
{
    public const int MaxShown = 64;
    public const int Columns = 8;

    public static int[] ShownIndices(int count)
    {
        var shown = Math.Min(MaxShown, count);
        return Enumerable.Range(0, shown).Select(i => (int)((long)i * count / shown)).ToArray();
    }

    public static void Write(string path, ImageBatch batch)
    {
        var indices = ShownIndices(batch.Count);
        var pixels = new byte[indices.Length * batch.ImageSize];
        for (var i = 0; i < indices.Length; i++)
            batch.Image(indices[i]).CopyTo(pixels.AsSpan(i * batch.ImageSize));
        var shown = new ImageBatch(indices.Length, batch.Height, batch.Width, pixels);
        using var grid = GrayImages.Grid(shown, Columns, gutter: 2, gutterGray: 128);
        // Level 9 (Codecs.GrayPng) takes seconds on a 200 px sheet (1618x1618) for a few % fewer bytes.
        grid.Save(path, BulkCodecs.GrayPng);
    }
}
