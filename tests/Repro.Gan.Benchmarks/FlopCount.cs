using Repro.Gan.Model;

namespace Repro.Gan.Benchmarks;

/// <summary>Floating-point operations of one faithful iteration, counted from the architecture: 2 per
/// multiply-add of every conv and dense layer; a backward pass costs twice its forward (input and weight
/// gradients), D's backward in the G update only once (input gradients: D's weights are frozen there).</summary>
internal static class FlopCount
{
    public static double PerIteration(Architecture a, int batch)
    {
        var half = batch / 2;
        var g = GeneratorForward(a);
        var d = DiscriminatorForward(a);
        var dRealStep = 3 * d * half;
        var dFakeStep = g * half + 3 * d * half;
        var gStep = 3 * g * batch + 2 * d * batch;
        return dRealStep + dFakeStep + gStep;
    }

    public static double GeneratorForward(Architecture a)
    {
        double k = Architecture.Kernel * Architecture.Kernel;
        var flops = 2.0 * a.LatentDim * Architecture.DenseWidth
                    + 2.0 * Architecture.DenseWidth * Architecture.BaseChannels * a.BaseSize * a.BaseSize;
        var size = a.BaseSize;
        for (var i = 0; i < a.Blocks - 1; i++)
        {
            size *= 2;
            var inChannels = i == 0 ? Architecture.BaseChannels : Architecture.BlockChannels;
            flops += 2.0 * inChannels * Architecture.BlockChannels * k * size * size;
        }
        size *= 2;   // the last upsampling feeds the 1-channel conv directly
        return flops + 2.0 * Architecture.BlockChannels * k * size * size;
    }

    public static double DiscriminatorForward(Architecture a)
    {
        double k = Architecture.Kernel * Architecture.Kernel;
        double s1 = a.ImageSize / 2, s2 = a.DiscriminatorFeatureSize;
        return 2.0 * 64 * k * s1 * s1 + 2.0 * 64 * 128 * k * s2 * s2 + 2.0 * 128 * s2 * s2 * 256 + 2.0 * 256;
    }
}
