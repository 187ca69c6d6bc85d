using Repro.Contract;

namespace Repro.Sample.Metrics;

/// <summary>Images as vectors for the metrics: box-filtered to size x size, values in [0, 1]. A fixed metric
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

    public static float[] Of(ReadOnlySpan<byte> pixels, int height, int width, int size, bool mirror)
    {
        var vector = new float[size * size];
        for (var ty = 0; ty < size; ty++)
        {
            var (y0, y1) = Span(ty, size, height);
            for (var tx = 0; tx < size; tx++)
            {
                var (x0, x1) = Span(tx, size, width);
                var sum = 0;
                for (var y = y0; y < y1; y++)
                    for (var x = x0; x < x1; x++)
                        sum += pixels[y * width + (mirror ? width - 1 - x : x)];
                vector[ty * size + tx] = sum / (255f * (y1 - y0) * (x1 - x0));
            }
        }
        return vector;
    }

    /// <summary>Source pixels [start, end) covered by target pixel i; at least one when upsampling.</summary>
    private static (int Start, int End) Span(int i, int target, int source)
    {
        var start = (int)((long)i * source / target);
        var end = (int)((long)(i + 1) * source / target);
        return (start, Math.Max(end, start + 1));
    }

    /// <summary>Root-mean-square difference: 0 for equal images, 1 for black against white.</summary>
    public static double Rms(float[] a, float[] b) => Math.Sqrt(FixedVectors.SquaredDistance(a, b) / a.Length);
}
