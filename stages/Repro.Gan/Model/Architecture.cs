namespace Repro.Gan.Model;

/// <summary>The DCGAN's shape for one image size. The generator starts from a base of BaseSize x BaseSize
/// with 128 channels and doubles it Blocks times. Rule: the smallest number of x2 blocks, at least two (as
/// in the Keras MNIST model: 7 -> 28), that brings the base down to at most 25 pixels, the size the seed's
/// 200x200 model used; a larger base would make the generator's second dense layer huge (1024 x 128 x b^2
/// weights: 82M at b = 25, 328M at b = 50). So 200 -> 25 x 2^3, 64 -> 16 x 2^2, 32 -> 8 x 2^2.</summary>
internal sealed record Architecture(int ImageSize, int LatentDim, int BaseSize, int Blocks)
{
    public const int MinBlocks = 2;
    public const int MaxBaseSize = 25;
    public const int DenseWidth = 1024;      // Keras MNIST DCGAN: Dense(1024)
    public const int BaseChannels = 128;     // Dense(128 * b * b), reshaped to 128 x b x b
    public const int BlockChannels = 64;     // Conv2D(64, 5x5) in every upsampling block
    public const int Kernel = 5;

    /// <summary>Side of the discriminator's last feature map: 'same' stride-2 conv (size / 2), then a
    /// 'valid' 5x5 stride-2 conv as in the original MNIST code.</summary>
    public int DiscriminatorFeatureSize => (ImageSize / 2 - Kernel) / 2 + 1;

    public static Architecture For(int imageSize, int latentDim)
    {
        var problem = Problem(imageSize);
        if (problem is not null) throw new ArgumentOutOfRangeException(nameof(imageSize), problem);
        var blocks = MinBlocks;
        while (imageSize >> blocks > MaxBaseSize) blocks++;
        return new Architecture(imageSize, latentDim, imageSize >> blocks, blocks);
    }

    /// <summary>Why <paramref name="imageSize"/> cannot be built, or null when it can.</summary>
    public static string? Problem(int imageSize)
    {
        if (imageSize >= 12 && Fits(imageSize)) return null;
        var lower = imageSize - 1;
        while (lower >= 12 && !Fits(lower)) lower--;
        var upper = imageSize + 1;
        while (!Fits(upper)) upper++;
        var nearby = lower >= 12 ? $"{lower} or {upper}" : $"{upper}";
        return $"image size {imageSize} cannot be generated: the generator doubles a base of at most {MaxBaseSize} " +
               $"pixels at least {MinBlocks} times, so the size must be b * 2^n with b <= {MaxBaseSize}, n >= {MinBlocks} " +
               $"(and at least 12 for the discriminator). Nearby sizes that work: {nearby}.";
    }

    private static bool Fits(int size)
    {
        var blocks = MinBlocks;
        while (size >> blocks > MaxBaseSize) blocks++;
        return size % (1 << blocks) == 0;
    }
}
