namespace Repro.Imaging;

/// <summary>A tiny seeded generator (SplitMix64) owned by the project, so seeded choices (the dataset's
/// faces, augment's subset) never depend on the runtime's Random implementation. Changing it changes
/// committed data (data/raw) and cached results: don't.</summary>
public sealed class SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    public ulong NextULong()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public float Next() => (NextULong() >> 40) / (float)(1UL << 24);

    public float Range(float min, float max) => min + (max - min) * Next();

    public int Int(int maxExclusive) => (int)(NextULong() % (ulong)maxExclusive);

    public bool Chance(float p) => Next() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Int(items.Count)];

    /// <summary>A child generator for one part of a drawing, so adding a draw call in one part does not
    /// shift the random stream of the others.</summary>
    public SplitMix64 Fork(ulong salt) => new(NextULong() ^ (salt * 0xD1B54A32D192ED03UL));
}
