using Repro.Gan.Model;

namespace Repro.Gan.Tests.Model;

public class UpsampleConvTests
{
    [Fact]
    public void Should_Equal_Nearest_Upsampling_Then_A_Same_Padded_5x5_Conv()
    {
        using var scope = NewDisposeScope();
        manual_seed(5);
        var fused = new UpsampleConv(3, 4);
        KerasInit.Apply(fused);
        using (no_grad()) fused.Bias.uniform_(-1, 1);
        var input = randn(2, 3, 7, 6);

        var expected = nn.functional.conv2d(
            nn.functional.interpolate(input, scale_factor: [2.0, 2.0], mode: InterpolationMode.Nearest),
            fused.Weight, fused.Bias, padding: [2, 2]);
        var actual = fused.forward(input);

        Assert.Equal(expected.shape, actual.shape);
        Assert.True(actual.allclose(expected, rtol: 1e-5, atol: 1e-5), $"max diff {(actual - expected).abs().max().item<float>()} bias {fused.Bias.abs().max().item<float>()}");
    }

    [Fact]
    public void Should_Pass_The_Same_Gradients_To_The_5x5_Weights()
    {
        using var scope = NewDisposeScope();
        manual_seed(6);
        var fused = new UpsampleConv(2, 3);
        KerasInit.Apply(fused);
        var input = randn(1, 2, 5, 5);
        var target = randn(1, 3, 10, 10);

        (fused.forward(input) - target).pow(2).sum().backward();
        var fusedGrad = fused.Weight.grad!.clone();
        fused.Weight.grad!.zero_();
        (nn.functional.conv2d(nn.functional.interpolate(input, scale_factor: [2.0, 2.0], mode: InterpolationMode.Nearest),
            fused.Weight, fused.Bias, padding: [2, 2]) - target).pow(2).sum().backward();

        Assert.True(fusedGrad.allclose(fused.Weight.grad!, rtol: 1e-4, atol: 1e-4));
    }
}
