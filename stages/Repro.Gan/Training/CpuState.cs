namespace Repro.Gan.Training;

/// <summary>Raw pointers to one parameter's value, gradient and Adam moments (contiguous float32 in native
/// CPU memory, kept alive by their tensors for the duration of a step), so worker threads can share them.</summary>
internal readonly unsafe struct CpuState
{
    private readonly float* _p, _g, _m, _v;

    public CpuState(Span<byte> p, Span<byte> g, Span<byte> m, Span<byte> v)
    {
        fixed (byte* pp = p, gp = g, mp = m, vp = v)
        {
            _p = (float*)pp;
            _g = (float*)gp;
            _m = (float*)mp;
            _v = (float*)vp;
        }
    }

    public Span<float> P(int start, int length) => new(_p + start, length);
    public ReadOnlySpan<float> G(int start, int length) => new(_g + start, length);
    public Span<float> M(int start, int length) => new(_m + start, length);
    public Span<float> V(int start, int length) => new(_v + start, length);
}
