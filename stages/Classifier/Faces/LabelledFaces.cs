using Repro.DataGen.Faces;
using Repro.Imaging;

namespace Repro.Classifier.Faces;

/// <summary>Rendered faces at the classifier's size with their attribute labels (<see cref="FaceAttributes"/>).</summary>
internal sealed record LabelledFaces(float[][] Images, int[][] Labels)
{
    public int Count => Images.Length;

    /// <summary>Faces [first, first + count) of a family. Degraded ones go through an intermediate size drawn
    /// from [size, 200] (as a 64-pixel run's images are 200 -> 64 -> metric size) and get pixel noise of a
    /// random strength up to <paramref name="maxNoise"/> (generators draw noisy strokes). Face i depends only
    /// on (family, i), so the set is the same however many threads render it.</summary>
    public static LabelledFaces Render(ulong family, int first, int count, int size, double maxNoise,
        CancellationToken cancellation)
    {
        var images = new float[count][];
        var labels = new int[count][];
        var options = new ParallelOptions { CancellationToken = cancellation, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, count, options, i =>
        {
            var (pixels, spec) = FaceDataset.Render(family, first + i);
            var degrade = new SplitMix64(family ^ 0x646567726164UL ^ ((ulong)(first + i) * 0xBF58476D1CE4E5B9UL));
            images[i] = Degrade(pixels, size, maxNoise, degrade);
            labels[i] = FaceAttributes.Of(spec);
        });
        return new LabelledFaces(images, labels);
    }

    private static float[] Degrade(byte[] pixels, int size, double maxNoise, SplitMix64 random)
    {
        const int full = FaceDataset.Size;
        var middle = maxNoise > 0 ? size + random.Int(full - size + 1) : full;
        var image = middle < full
            ? BoxFilter.ToUnit(BoxFilter.ToBytes(pixels, full, full, middle), middle, middle, size)
            : BoxFilter.ToUnit(pixels, full, full, size);
        if (maxNoise <= 0) return image;
        var strength = (float)(maxNoise * random.Next());
        // Irwin-Hall: the sum of four uniforms, centred, has std 1/sqrt(3); plain arithmetic keeps the bits the
        // same on every CPU (libm's log and cos need not be).
        for (var p = 0; p < image.Length; p++)
        {
            var z = (random.Next() + random.Next() + random.Next() + random.Next() - 2f) * 1.7320508f;
            image[p] = Math.Clamp(image[p] + strength * z, 0, 1);
        }
        return image;
    }
}
