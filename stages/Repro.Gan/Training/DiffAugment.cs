namespace Repro.Gan.Training;

/// <summary>Differentiable augmentation (Zhao et al. 2020, "translation,cutout"), applied identically in kind
/// to real and fake images so D cannot tell them apart by the augmentation. Random draws come from the
/// trainer's generator, so runs stay reproducible.</summary>
internal static class DiffAugment
{
    private const double TranslationRatio = 0.125;
    private const double CutoutRatio = 0.5;

    public static Tensor Apply(Tensor images, Generator rng) => Cutout(Translate(images, rng), rng);

    /// <summary>Shifts each image by whole pixels (up to 1/8 of the size), filling with zeros.</summary>
    private static Tensor Translate(Tensor x, Generator rng)
    {
        long n = x.shape[0], c = x.shape[1], h = x.shape[2], w = x.shape[3];
        var shift = (long)(h * TranslationRatio + 0.5);
        if (shift == 0) return x;
        var ty = randint(-shift, shift + 1, [n, 1, 1], dtype: ScalarType.Int64, device: x.device, generator: rng);
        var tx = randint(-shift, shift + 1, [n, 1, 1], dtype: ScalarType.Int64, device: x.device, generator: rng);
        var rows = arange(h, dtype: ScalarType.Int64, device: x.device).view(1, h, 1) + ty + shift;
        var cols = arange(w, dtype: ScalarType.Int64, device: x.device).view(1, 1, w) + tx + shift;
        var padded = nn.functional.pad(x, (shift, shift, shift, shift));
        var index = (rows * (w + 2 * shift) + cols).view(n, 1, h * w).expand(n, c, h * w);
        return padded.flatten(2).gather(2, index).view(n, c, h, w);
    }

    /// <summary>Zeroes a square of half the image size at a random centre in each image.</summary>
    private static Tensor Cutout(Tensor x, Generator rng)
    {
        long n = x.shape[0], h = x.shape[2], w = x.shape[3];
        var half = (long)(h * CutoutRatio + 0.5) / 2;
        var cy = randint(0, h, [n, 1, 1], dtype: ScalarType.Int64, device: x.device, generator: rng);
        var cx = randint(0, w, [n, 1, 1], dtype: ScalarType.Int64, device: x.device, generator: rng);
        var rows = arange(h, dtype: ScalarType.Int64, device: x.device).view(1, h, 1);
        var cols = arange(w, dtype: ScalarType.Int64, device: x.device).view(1, 1, w);
        var keep = (rows - cy).abs().ge(half).logical_or((cols - cx).abs().ge(half));
        return x * keep.unsqueeze(1).to(x.dtype);
    }
}
