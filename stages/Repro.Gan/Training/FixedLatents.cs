using TorchGenerator = TorchSharp.torch.Generator;

namespace Repro.Gan.Training;

/// <summary>The two fixed latent sets (the seed's 5x5 "fromFixedValue" grid and the evaluation batch), drawn
/// from their own generators so they depend only on the seed, the latent size and the count, never on how
/// far training has gone or whether it resumed. Kept on the CPU, outside every per-iteration scope.</summary>
internal static class FixedLatents
{
    private const ulong GridStream = 0x6772696400000000;   // "grid"
    private const ulong EvalStream = 0x6576616c00000000;   // "eval"

    public static Tensor Grid(long seed, int count, int latentDim) => Draw(seed, GridStream, count, latentDim);

    public static Tensor Eval(long seed, int count, int latentDim) => Draw(seed, EvalStream, count, latentDim);

    private static Tensor Draw(long seed, ulong stream, int count, int latentDim)
    {
        using var rng = new TorchGenerator((ulong)seed ^ stream);
        return randn([count, latentDim], generator: rng);
    }
}
