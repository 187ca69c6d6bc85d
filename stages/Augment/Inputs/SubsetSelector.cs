using Repro.Imaging;

namespace Repro.Augment.Inputs;

/// <summary>augment.maxImages: a seeded choice of which images to keep, applied before any augmentation
/// (so flips double the chosen set). The kept images stay in preprocess order: the choice changes which
/// images, never their order.</summary>
internal static class SubsetSelector
{
    /// <summary>Indices (ascending) of the images to keep; all of them when max is 0 or at least the count.</summary>
    public static int[] Choose(int count, int max, int seed)
    {
        var all = Enumerable.Range(0, count).ToArray();
        if (max == 0 || max >= count) return all;
        var random = new SplitMix64((ulong)seed);
        // Partial Fisher-Yates: the first max slots become a uniform random subset.
        for (var i = 0; i < max; i++)
        {
            var j = i + (int)(random.NextULong() % (ulong)(count - i));
            (all[i], all[j]) = (all[j], all[i]);
        }
        var chosen = all[..max];
        Array.Sort(chosen);
        return chosen;
    }
}
