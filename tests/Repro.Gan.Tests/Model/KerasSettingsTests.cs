using Repro.Gan.Model;
using TorchSharp.Modules;

namespace Repro.Gan.Tests.Model;

public class KerasSettingsTests
{
    [Fact]
    public void Should_Use_Keras_BatchNorm_Momentum_And_Epsilon()
    {
        using var g = new Repro.Gan.Model.Generator(Architecture.For(32, 5));

        var norms = g.modules().Where(m => m is BatchNorm1d or BatchNorm2d).ToList();

        Assert.Equal(3, norms.Count);   // two dense BNs and one block at 32 = 8 x 2^2
        foreach (var norm in norms)
        {
            var (momentum, eps) = norm switch
            {
                BatchNorm1d b => (b.momentum, b.eps),
                BatchNorm2d b => (b.momentum, b.eps),
                _ => throw new InvalidOperationException(),
            };
            Assert.Equal(0.01, momentum);
            Assert.Equal(1e-3, eps);
        }
    }

    [Fact]
    public void Should_Initialise_Kernels_Glorot_Uniform_With_Zero_Bias()
    {
        using var d = new Discriminator(Architecture.For(32, 5));

        foreach (var layer in d.modules())
        {
            var (weight, bias, fanIn, fanOut) = layer switch
            {
                Linear l => (l.weight!, l.bias!, l.weight!.shape[1], l.weight!.shape[0]),
                Conv2d c => (c.weight!, c.bias!, c.weight!.shape[1] * 25, c.weight!.shape[0] * 25),
                _ => (null!, null!, 0L, 0L),
            };
            if (weight is null) continue;
            var limit = Math.Sqrt(6.0 / (fanIn + fanOut));
            Assert.True(weight.abs().max().item<float>() <= limit);
            Assert.True(weight.abs().max().item<float>() > 0.9 * limit);   // uniform over the whole range
            Assert.Equal(0f, bias.abs().max().item<float>());
        }
    }
}
