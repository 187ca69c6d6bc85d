using Repro.Contract;
using Repro.Imaging;

namespace Repro.Sample.Metrics;

/// <summary>Images as vectors for the metrics: box-filtered (<see cref="BoxFilter"/>) to size x size, values in [0, 1]. A fixed metric
/// size makes 32-, 64- and 200-pixel profiles comparable and keeps the metrics cheap.</summary>
internal static class PixelVectors
{
    public static float[][] Of(ImageBatch batch, int size, bool mirror = false)
    {
        var vectors = new float[batch.Count][];
        for (var i = 0; i < batch.Count; i++)
            vectors[i] = Of(batch.Image(i), batch.Height, batch.Width, size, mirror);
        return vectors;
    }

    public static float[] Of(ReadOnlySpan<byte> pixels, int height, int width, int size, bool mirror) =>
        BoxFilter.ToUnit(pixels, height, width, size, mirror);

    /// <summary>Root-mean-square difference: 0 for equal images, 1 for black against white.</summary>
    public static double Rms(float[] a, float[] b) => Math.Sqrt(FixedVectors.SquaredDistance(a, b) / a.Length);
}
