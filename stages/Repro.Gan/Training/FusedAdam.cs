using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Repro.Gan.Training;

/// <summary>Adam (torch's formulation: bias-corrected step size, eps added to sqrt(v_hat)) as ONE pass over
/// each parameter on the CPU: read p, g, m, v, write p, m, v. TorchSharp's Adam runs about eight tensor
/// passes with temporaries per step, and the step is memory-bound: the seed model's two dense layers hold
/// 82M and 75M weights at 200x200, updated three times per iteration. Elementwise, so the result does not
/// depend on how the work is split across threads. Other devices use the same math as in-place torch ops.</summary>
internal sealed class FusedAdam : IAdam
{
    private const int Chunk = 1 << 16;
    private const string Magic = "RPADAM01";

    private readonly Parameter[] _parameters;
    private readonly Tensor[] _m;
    private readonly Tensor[] _v;
    private readonly double _lr, _beta1, _beta2, _eps;

    public FusedAdam(IEnumerable<Parameter> parameters, double lr, double beta1, double beta2, double eps)
    {
        _parameters = parameters.ToArray();
        _m = _parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
        _v = _parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
        (_lr, _beta1, _beta2, _eps) = (lr, beta1, beta2, eps);
    }

    /// <summary>Steps taken so far (Adam's t).</summary>
    public long Steps { get; private set; }

    public void zero_grad()
    {
        foreach (var p in _parameters)
        {
            using var g = p.grad;
            g?.zero_();
        }
    }

    public void step()
    {
        Steps++;
        var stepSize = (float)(_lr / (1 - Math.Pow(_beta1, Steps)));
        var sqrtBc2 = (float)Math.Sqrt(1 - Math.Pow(_beta2, Steps));
        using var noGrad = no_grad();
        for (var i = 0; i < _parameters.Length; i++)
        {
            var p = _parameters[i];
            using var g = p.grad;
            if (g is null) continue;
            if (p.device_type == DeviceType.CPU && p.dtype == ScalarType.Float32 && g.is_contiguous()) StepCpu(p, g, _m[i], _v[i], stepSize, sqrtBc2);
            else StepTorch(p, g, _m[i], _v[i], stepSize, sqrtBc2);
        }
    }

    public void Save(string path)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(System.Text.Encoding.ASCII.GetBytes(Magic));
        writer.Write(Steps);
        writer.Write(_parameters.Length);
        foreach (var t in _m.Concat(_v))
        {
            writer.Write(t.numel());
            writer.Write(t.cpu().bytes);
        }
    }

    public void Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 20 || System.Text.Encoding.ASCII.GetString(bytes, 0, 8) != Magic)
            throw new InvalidDataException($"'{Path.GetFileName(path)}' is not an optimizer state");
        var steps = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(8));
        if (BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(16)) != _parameters.Length)
            throw new InvalidDataException($"'{Path.GetFileName(path)}' holds state for another model");
        var offset = 20;
        foreach (var t in _m.Concat(_v))
        {
            var count = offset + 8 <= bytes.Length ? BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(offset)) : -1;
            var size = count * sizeof(float);
            if (count != t.numel() || offset + 8 + size > bytes.Length)
                throw new InvalidDataException($"'{Path.GetFileName(path)}' is truncated or holds state for another model");
            var values = MemoryMarshal.Cast<byte, float>(bytes.AsSpan(offset + 8, (int)size)).ToArray();
            using var source = tensor(values, t.shape);
            using (no_grad()) t.copy_(source);
            offset += 8 + (int)size;
        }
        if (offset != bytes.Length) throw new InvalidDataException($"'{Path.GetFileName(path)}' has trailing bytes");
        Steps = steps;
    }

    public void Dispose()
    {
        foreach (var t in _m.Concat(_v)) t.Dispose();
    }

    private void StepCpu(Tensor p, Tensor g, Tensor m, Tensor v, float stepSize, float sqrtBc2)
    {
        var state = new CpuState(p.bytes, g.bytes, m.bytes, v.bytes);
        var length = (int)p.numel();
        var chunks = (length + Chunk - 1) / Chunk;
        float b1 = (float)_beta1, b2 = (float)_beta2, eps = (float)_eps;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = get_num_threads() }, c =>
        {
            var start = c * Chunk;
            var n = Math.Min(Chunk, length - start);
            Update(state.P(start, n), state.G(start, n), state.M(start, n), state.V(start, n), b1, b2, eps, stepSize, sqrtBc2);
        });
    }

    private static void Update(Span<float> p, ReadOnlySpan<float> g, Span<float> m, Span<float> v,
        float b1, float b2, float eps, float stepSize, float sqrtBc2)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<float>.Count;
            var pv = MemoryMarshal.Cast<float, Vector<float>>(p);
            var gv = MemoryMarshal.Cast<float, Vector<float>>(g);
            var mv = MemoryMarshal.Cast<float, Vector<float>>(m);
            var vv = MemoryMarshal.Cast<float, Vector<float>>(v);
            for (var k = 0; k < pv.Length; k++)
            {
                var grad = gv[k];
                var mk = mv[k] * b1 + grad * (1 - b1);
                var vk = vv[k] * b2 + grad * grad * (1 - b2);
                mv[k] = mk;
                vv[k] = vk;
                pv[k] -= stepSize * mk / (Vector.SquareRoot(vk) / sqrtBc2 + new Vector<float>(eps));
            }
            i = pv.Length * width;
        }
        for (; i < p.Length; i++)
        {
            m[i] = m[i] * b1 + g[i] * (1 - b1);
            v[i] = v[i] * b2 + g[i] * g[i] * (1 - b2);
            p[i] -= stepSize * m[i] / (MathF.Sqrt(v[i]) / sqrtBc2 + eps);
        }
    }

    private void StepTorch(Tensor p, Tensor g, Tensor m, Tensor v, float stepSize, float sqrtBc2)
    {
        m.mul_(_beta1).add_(g, alpha: 1 - _beta1);
        v.mul_(_beta2).addcmul_(g, g, value: 1 - _beta2);
        using var denom = v.sqrt().div_(sqrtBc2).add_(_eps);
        p.addcdiv_(m, denom, value: -stepSize);
    }
}
