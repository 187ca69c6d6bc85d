namespace Repro.Sample.Metrics;

/// <summary>Diversity: the mean pairwise RMS pixel distance within a set. Reported as a ratio to the training
/// set's own value: about 1 for a generator as varied as the data, far below 1 for mode collapse.</summary>
internal static class Diversity
{
    public static double MeanPairwise(float[][] vectors)
    {
        if (vectors.Length < 2) return 0;
        var sum = 0.0;
        for (var i = 0; i < vectors.Length; i++)
            for (var j = i + 1; j < vectors.Length; j++)
                sum += PixelVectors.Rms(vectors[i], vectors[j]);
        return sum / (vectors.Length * (vectors.Length - 1) / 2.0);
    }
}
