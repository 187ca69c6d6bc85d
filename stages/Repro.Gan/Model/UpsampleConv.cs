namespace Repro.Gan.Model;

/// <summary>Keras' UpSampling2D(2) (nearest) followed by Conv2D(5x5, 'same'), computed without the
/// redundant work: after a nearest x2 upsampling every 2x2 output block reads the same source pixels, so
/// each of the four output phases is a 3x3 conv on the LOW-resolution input whose taps are sums of the 5x5
/// taps. One conv with 4 x out channels and a pixel shuffle give exactly the same function (up to float
/// summation order) with 36 instead of 100 multiply-adds per input pixel and channel pair, forward and
/// backward. The parameters are the 5x5 conv's own (same shapes and init as Keras).</summary>
internal sealed class UpsampleConv : nn.Module<Tensor, Tensor>
{
    // The field names are the weight keys: never rename them.
    private readonly Parameter weight;
    private readonly Parameter bias;
    private readonly Tensor _phases;
    private readonly bool _plain;

    /// <param name="plain">Compute it the obvious way, a nearest x2 upsampling then the 5x5 conv (the same
    /// function and parameters; the benchmark's in-run reference and the tests' oracle).</param>
    public UpsampleConv(long inChannels, long outChannels, bool plain = false) : base(nameof(UpsampleConv))
    {
        _plain = plain;
        weight = new Parameter(empty(outChannels, inChannels, Architecture.Kernel, Architecture.Kernel));
        bias = new Parameter(zeros(outChannels));
        _phases = PhaseMatrices();
        RegisterComponents();
    }

    public Parameter Weight => weight;
    public Parameter Bias => bias;

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        if (_plain)
        {
            var up = nn.functional.interpolate(input, scale_factor: [2, 2], mode: InterpolationMode.Nearest);
            return nn.functional.conv2d(up, weight, bias, padding: [Architecture.Kernel / 2, Architecture.Kernel / 2]).MoveToOuterDisposeScope();
        }
        var phases = _phases.to(weight.device);
        // [out, 2, 2, in, 3, 3] -> [out * 4, in, 3, 3]: channel o*4 + a*2 + b is phase (a, b) of output o,
        // the order pixel_shuffle expects.
        var kernels = einsum("aru,oiuv,bsv->oabirs", phases, weight, phases).reshape(-1, weight.shape[1], 3, 3);
        var biases = bias.repeat_interleave(4);
        var low = nn.functional.conv2d(input, kernels, biases, padding: [1, 1]);
        return nn.functional.pixel_shuffle(low, 2).MoveToOuterDisposeScope();
    }

    /// <summary>R[a] maps the 5 taps of one axis to 3 low-resolution offsets (-1, 0, +1) for output phase a:
    /// upsampled index 2i + a + u - 2 reads source row i + floor((a + u - 2) / 2).</summary>
    private static Tensor PhaseMatrices()
    {
        var r = new float[2 * 3 * 5];
        for (var a = 0; a < 2; a++)
            for (var u = 0; u < 5; u++)
                r[a * 15 + ((int)Math.Floor((a + u - 2) / 2.0) + 1) * 5 + u] = 1;
        using var view = tensor(r, [2, 3, 5]);   // shares the managed array: keep a copy
        return view.clone().DetachFromDisposeScope();
    }
}
