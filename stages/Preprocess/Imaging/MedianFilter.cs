namespace Repro.Preprocess.Imaging;

/// <summary>Median filter over a (2r+1)^2 window with edge replication (preprocess.denoise): removes
/// paper grain and specks while keeping line edges, unlike a blur. A sliding 256-bin histogram per row
/// keeps it O(r) per pixel.</summary>
internal static class MedianFilter
{
    public static byte[] Apply(byte[] pixels, int width, int height, int radius)
    {
        if (radius <= 0) return pixels;
        var result = new byte[pixels.Length];
        var histogram = new int[256];
        var half = (2 * radius + 1) * (2 * radius + 1) / 2;
        for (var y = 0; y < height; y++)
        {
            Array.Clear(histogram);
            for (var dy = -radius; dy <= radius; dy++)
                for (var dx = -radius; dx <= radius; dx++)
                    histogram[At(pixels, width, height, dx, y + dy)]++;
            for (var x = 0; x < width; x++)
            {
                if (x > 0)
                    for (var dy = -radius; dy <= radius; dy++)
                    {
                        histogram[At(pixels, width, height, x - radius - 1, y + dy)]--;
                        histogram[At(pixels, width, height, x + radius, y + dy)]++;
                    }
                result[y * width + x] = Median(histogram, half);
            }
        }
        return result;
    }

    private static byte At(byte[] pixels, int width, int height, int x, int y) =>
        pixels[Math.Clamp(y, 0, height - 1) * width + Math.Clamp(x, 0, width - 1)];

    private static byte Median(int[] histogram, int half)
    {
        var seen = 0;
        for (var v = 0; v < 256; v++)
        {
            seen += histogram[v];
            if (seen > half) return (byte)v;
        }
        return 255;
    }
}
