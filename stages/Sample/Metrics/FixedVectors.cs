using System.Runtime.Intrinsics;

namespace Repro.Sample.Metrics;

/// <summary>The metrics' hot loops on fixed-width 128-bit vectors: 4 lanes on every machine, summed in a fixed
/// order, so results are bit-identical whatever the CPU's widest vectors are (Vector&lt;T&gt; would vary).</summary>
internal static class FixedVectors
{
    public static float SquaredDistance(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var acc = Vector128<float>.Zero;
        var i = 0;
        for (; i <= a.Length - 4; i += 4)
        {
            var d = Vector128.Create(a.Slice(i, 4)) - Vector128.Create(b.Slice(i, 4));
            acc += d * d;
        }
        var sum = acc[0] + acc[1] + acc[2] + acc[3];
        for (; i < a.Length; i++) sum += (a[i] - b[i]) * (a[i] - b[i]);
        return sum;
    }

    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var acc = Vector128<float>.Zero;
        var i = 0;
        for (; i <= a.Length - 4; i += 4) acc += Vector128.Create(a.Slice(i, 4)) * Vector128.Create(b.Slice(i, 4));
        var sum = acc[0] + acc[1] + acc[2] + acc[3];
        for (; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    /// <summary>target[i] += weight * source[i], element by element (no reduction: any width gives the same bits).</summary>
    public static void AddScaled(Span<float> target, ReadOnlySpan<float> source, float weight)
    {
        var w = Vector128.Create(weight);
        var i = 0;
        for (; i <= target.Length - 4; i += 4)
            (Vector128.Create(target.Slice(i, 4)) + w * Vector128.Create(source.Slice(i, 4))).CopyTo(target.Slice(i, 4));
        for (; i < target.Length; i++) target[i] += weight * source[i];
    }
}
