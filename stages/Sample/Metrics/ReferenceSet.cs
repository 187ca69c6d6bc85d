namespace Repro.Sample.Metrics;

/// <summary>Training images and their mirror images, the set memorisation searches: a generator that draws a
/// flipped training image has memorised it too. Group ids tie an image to its exact mirror (and duplicates),
/// so leave-one-out excludes the image itself in both orientations.</summary>
internal sealed class ReferenceSet
{
    public ReferenceSet(float[][] images, float[][] mirrors, int[] groups)
    {
        Images = images;
        Mirrors = mirrors;
        Groups = groups;
    }

    public float[][] Images { get; }
    public float[][] Mirrors { get; }
    public int[] Groups { get; }
    public int Count => Images.Length;

    public ReferenceSet Subset(IReadOnlyList<int> indices) => new(
        indices.Select(i => Images[i]).ToArray(),
        indices.Select(i => Mirrors[i]).ToArray(),
        indices.Select(i => Groups[i]).ToArray());

    /// <summary>The nearest reference to v: (training index, mirrored?, distance). skipGroup excludes a group.</summary>
    public Neighbour Nearest(float[] v, int skipGroup = -1)
    {
        var best = new Neighbour(-1, false, double.PositiveInfinity);
        for (var i = 0; i < Count; i++)
        {
            if (Groups[i] == skipGroup) continue;
            var d = PixelVectors.Rms(v, Images[i]);
            if (d < best.Distance) best = new Neighbour(i, false, d);
            var m = PixelVectors.Rms(v, Mirrors[i]);
            if (m < best.Distance) best = new Neighbour(i, true, m);
        }
        return best;
    }

    /// <summary>Each image's distance to its nearest other image (leave-one-out, mirrors included).</summary>
    public double[] LeaveOneOutDistances() =>
        Enumerable.Range(0, Count).Select(i => Nearest(Images[i], Groups[i]).Distance).ToArray();
}
