namespace Repro.Sample.Metrics;

/// <summary>Pooling over channel-major square feature maps.</summary>
internal static class FeatureMaps
{
    public static float[] AvgPool2(float[] maps, int channels, int size)
    {
        var half = size / 2;
        var output = new float[channels * half * half];
        for (var c = 0; c < channels; c++)
            for (var y = 0; y < half; y++)
                for (var x = 0; x < half; x++)
                {
                    var i = c * size * size + 2 * y * size + 2 * x;
                    output[c * half * half + y * half + x] = (maps[i] + maps[i + 1] + maps[i + size] + maps[i + size + 1]) / 4;
                }
        return output;
    }

    /// <summary>Means of each channel over a cells x cells partition of the map, written at offset.</summary>
    public static void ChannelMeans(float[] maps, int channels, int size, int cells, float[] target, int offset)
    {
        for (var c = 0; c < channels; c++)
            for (var cy = 0; cy < cells; cy++)
                for (var cx = 0; cx < cells; cx++)
                {
                    int y0 = cy * size / cells, y1 = (cy + 1) * size / cells;
                    int x0 = cx * size / cells, x1 = (cx + 1) * size / cells;
                    var sum = 0.0;
                    for (var y = y0; y < y1; y++)
                        for (var x = x0; x < x1; x++) sum += maps[c * size * size + y * size + x];
                    var count = Math.Max(1, (y1 - y0) * (x1 - x0));
                    target[offset + (c * cells + cy) * cells + cx] = (float)(sum / count);
                }
    }
}
