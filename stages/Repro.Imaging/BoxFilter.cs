namespace Repro.Imaging;

/// <summary>Area averaging of 8-bit gray to size x size values in [0, 1] (0 = black): every metric, and the face
/// classifier's inputs, see images through this one filter, so 32-, 64- and 200-pixel images meet at one size.</summary>
public static class BoxFilter
{
    public static float[] ToUnit(ReadOnlySpan<byte> pixels, int height, int width, int size, bool mirror = false)
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

    /// <summary>The same filter to 8-bit gray (rounded), for a chain of resizes.</summary>
    public static byte[] ToBytes(ReadOnlySpan<byte> pixels, int height, int width, int size) =>
        ToUnit(pixels, height, width, size).Select(v => (byte)MathF.Round(v * 255)).ToArray();

    /// <summary>Source pixels [start, end) covered by target pixel i; at least one when upsampling.</summary>
    private static (int Start, int End) Span(int i, int target, int source)
    {
        var start = (int)((long)i * source / target);
        var end = (int)((long)(i + 1) * source / target);
        return (start, Math.Max(end, start + 1));
    }
}
