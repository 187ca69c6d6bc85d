using Repro.Gan.Model;

namespace Repro.Gan.Tests.Model;

public class ArchitectureTests
{
    [Theory]
    [InlineData(200, 25, 3, 48)]
    [InlineData(64, 16, 2, 14)]
    [InlineData(32, 8, 2, 6)]
    [InlineData(28, 7, 2, 5)]
    public void Should_Derive_Base_Size_And_Blocks_From_The_Image_Size(int size, int baseSize, int blocks, int dFeatures)
    {
        var architecture = Architecture.For(size, latentDim: 5);

        Assert.Equal(baseSize, architecture.BaseSize);
        Assert.Equal(blocks, architecture.Blocks);
        Assert.Equal(dFeatures, architecture.DiscriminatorFeatureSize);
    }

    [Fact]
    public void Should_Reject_A_Size_That_Cannot_Be_Generated_And_Name_Nearby_Sizes()
    {
        Assert.Equal(
            "image size 202 cannot be generated: the generator doubles a base of at most 25 pixels at least 2 times, " +
            "so the size must be b * 2^n with b <= 25, n >= 2 (and at least 12 for the discriminator). Nearby sizes that work: 200 or 208.",
            Architecture.Problem(202));
        Assert.NotNull(Architecture.Problem(8));
        Assert.Throws<ArgumentOutOfRangeException>(() => Architecture.For(50, 5));
    }
}
