using Repro.Gan.Model;
using Generator = Repro.Gan.Model.Generator;

namespace Repro.Gan.Tests.Model;

public class ModelShapeTests
{
    [Theory]
    [InlineData(32)]
    [InlineData(64)]
    [InlineData(200)]
    public void Should_Generate_Images_Of_The_Size_And_Score_Them(int size)
    {
        using var scope = NewDisposeScope();
        var architecture = Architecture.For(size, latentDim: 5);
        using var g = new Generator(architecture);
        using var d = new Discriminator(architecture);
        g.eval();
        d.eval();
        using var noGrad = no_grad();

        var images = g.forward(randn(2, 5));
        var logits = d.forward(images);

        Assert.Equal(new long[] { 2, 1, size, size }, images.shape);
        Assert.Equal(new long[] { 2, 1 }, logits.shape);
        Assert.True(images.abs().max().item<float>() <= 1f);
    }

    [Fact]
    public void Should_Match_The_Keras_Parameter_Count_At_200()
    {
        var architecture = Architecture.For(200, latentDim: 5);
        using var g = new Generator(architecture);
        using var d = new Discriminator(architecture);

        // Keras' layer list (dcgan.py at 200 = 25 x 2^3): Dense(1024) 6144, BN 4096 (gamma, beta, moving mean
        // and variance; TorchSharp keeps the last two as buffers, so 2 per channel here), Dense(80000)
        // 82,000,000, BN, Conv2D(64) on 128 channels 204,864, BN, Conv2D(64) on 64 channels 102,464, BN,
        // Conv2D(1) on 64 channels 1,601. No 64-channel conv at full resolution.
        long expectedG = (5 * 1024 + 1024) + 2 * 1024 + (1024L * 80000 + 80000) + 2 * 80000
            + (128 * 64 * 25 + 64) + 2 * 64 + (64 * 64 * 25 + 64) + 2 * 64 + (64 * 25 + 1);
        long expectedD = (25 * 64 + 64) + (64 * 128 * 25 + 128) + (128L * 48 * 48 * 256 + 256) + (256 + 1);
        Assert.Equal(expectedG, g.parameters().Sum(p => p.numel()));
        Assert.Equal(expectedD, d.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void Should_Name_Weights_After_The_Fields_Because_They_Are_The_Saved_Keys()
    {
        using var g = new Generator(Architecture.For(32, 5));

        var names = g.named_parameters().Select(p => p.name).ToList();

        Assert.Contains("_dense1.weight", names);
        Assert.Contains("_blocks.0.0.weight", names);   // block 0: UpsampleConv (5x5 conv weights), BN, ReLU
        Assert.DoesNotContain("_blocks.1.0.weight", names);   // at 32 = 8 x 2^2: one block, then the last upsampling conv
        Assert.Contains("_toImage.weight", names);
        Assert.Contains("_toImage.bias", names);
        Assert.Contains("_norm2.running_var", g.named_buffers().Select(b => b.name));
    }
}
