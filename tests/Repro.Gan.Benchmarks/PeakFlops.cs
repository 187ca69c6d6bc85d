using System.Diagnostics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Repro.Gan.Benchmarks;

/// <summary>This machine's fp32 peak, measured: every thread runs independent chains of fused multiply-adds
/// on the widest vectors the CPU has (8 accumulators hide the FMA latency). The ceiling a training step's
/// GFLOP/s is a share of; never a constant from another CPU.</summary>
internal static class PeakFlops
{
    private const int Repeats = 20_000_000;

    public static (double Gflops, string Kind) Measure(int threads)
    {
        if (!Fma.IsSupported) throw new PlatformNotSupportedException("the peak is measured with FMA instructions, which this CPU lacks (Repro targets AVX2 x86-64)");
        var kind = Avx512F.IsSupported ? "AVX-512 FMA" : "AVX2 FMA";
        var lanes = Avx512F.IsSupported ? 16 : 8;
        Loop(1_000);   // JIT and warm-up
        var clock = Stopwatch.StartNew();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ => Loop(Repeats));
        var flops = 2.0 * 8 * lanes * Repeats * threads;
        return (flops / clock.Elapsed.TotalSeconds / 1e9, kind);
    }

    private static float Loop(int repeats) => Avx512F.IsSupported ? Chains512(repeats) : Chains256(repeats);

    private static float Chains512(int repeats)
    {
        Vector512<float> a0 = Vector512.Create(1f), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
        var m = Vector512.Create(0.9999999f);
        var c = Vector512.Create(1e-7f);
        for (var i = 0; i < repeats; i++)
        {
            a0 = Avx512F.FusedMultiplyAdd(a0, m, c); a1 = Avx512F.FusedMultiplyAdd(a1, m, c);
            a2 = Avx512F.FusedMultiplyAdd(a2, m, c); a3 = Avx512F.FusedMultiplyAdd(a3, m, c);
            a4 = Avx512F.FusedMultiplyAdd(a4, m, c); a5 = Avx512F.FusedMultiplyAdd(a5, m, c);
            a6 = Avx512F.FusedMultiplyAdd(a6, m, c); a7 = Avx512F.FusedMultiplyAdd(a7, m, c);
        }
        return (a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7).ToScalar();
    }

    private static float Chains256(int repeats)
    {
        Vector256<float> a0 = Vector256.Create(1f), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
        var m = Vector256.Create(0.9999999f);
        var c = Vector256.Create(1e-7f);
        for (var i = 0; i < repeats; i++)
        {
            a0 = Fma.MultiplyAdd(a0, m, c); a1 = Fma.MultiplyAdd(a1, m, c);
            a2 = Fma.MultiplyAdd(a2, m, c); a3 = Fma.MultiplyAdd(a3, m, c);
            a4 = Fma.MultiplyAdd(a4, m, c); a5 = Fma.MultiplyAdd(a5, m, c);
            a6 = Fma.MultiplyAdd(a6, m, c); a7 = Fma.MultiplyAdd(a7, m, c);
        }
        return (a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7).ToScalar();
    }
}
