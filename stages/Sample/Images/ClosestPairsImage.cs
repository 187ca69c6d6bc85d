using Repro.Sample.Metrics;
using Repro.Contract;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Repro.Sample.Images;

/// <summary>Memorisation made visible: the samples nearest to a training image (top row) above that training
/// image, mirrored when its mirror was the match (bottom row), closest pair first.</summary>
internal static class ClosestPairsImage
{
    public static Image<L8> Render(ImageBatch samples, ImageBatch training, IReadOnlyList<Neighbour> nearest, int pairs)
    {
        var order = Enumerable.Range(0, nearest.Count).OrderBy(i => nearest[i].Distance).ThenBy(i => i).Take(pairs).ToArray();
        var size = samples.ImageSize;
        var pixels = new byte[2 * order.Length * size];
        for (var k = 0; k < order.Length; k++)
        {
            var n = nearest[order[k]];
            samples.Image(order[k]).CopyTo(pixels.AsSpan(k * size, size));
            var match = n.Mirrored ? TrainingReference.Mirror(training.Image(n.Index), training.Width) : training.Image(n.Index).ToArray();
            match.CopyTo(pixels.AsSpan((order.Length + k) * size, size));
        }
        var batch = new ImageBatch(2 * order.Length, samples.Height, samples.Width, pixels);
        return GridImages.Grid(batch, order.Length);
    }
}
