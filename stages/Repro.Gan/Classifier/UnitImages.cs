namespace Repro.Gan.Classifier;

/// <summary>Images as the classifier takes them: BoxFilter's [0, 1] values (0 = black) -> [-1, 1], as the GAN's
/// pixels are scaled.</summary>
internal static class UnitImages
{
    public static Tensor ToTensor(IReadOnlyList<float[]> images, int size)
    {
        var flat = new float[images.Count * size * size];
        for (var i = 0; i < images.Count; i++) images[i].CopyTo(flat, i * size * size);
        using var unit = tensor(flat, [images.Count, 1, size, size]);
        return unit.mul(2).sub_(1);
    }
}
