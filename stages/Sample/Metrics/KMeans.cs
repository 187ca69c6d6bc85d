namespace Repro.Sample.Metrics;

/// <summary>Seeded k-means (k-means++ start, Lloyd steps until no assignment changes) on pixel vectors: the
/// bins of NDB. Sequential and seeded, so the bins are the same every run.</summary>
internal sealed class KMeans
{
    private const int MaxSteps = 100;

    private KMeans(float[][] centres) => Centres = centres;

    public float[][] Centres { get; }

    public static KMeans Fit(float[][] points, int k, int seed)
    {
        k = Math.Min(k, points.Length);
        var random = new Random(seed);
        var centres = SeedCentres(points, k, random);
        var assignment = new int[points.Length];
        Array.Fill(assignment, -1);
        for (var step = 0; step < MaxSteps; step++)
        {
            var model = new KMeans(centres);
            var changed = false;
            for (var i = 0; i < points.Length; i++)
            {
                var bin = model.Assign(points[i]);
                changed |= bin != assignment[i];
                assignment[i] = bin;
            }
            if (!changed) break;
            centres = Recentre(points, assignment, centres);
        }
        return new KMeans(centres);
    }

    public int Assign(float[] point)
    {
        var best = 0;
        var bestDistance = double.PositiveInfinity;
        for (var c = 0; c < Centres.Length; c++)
        {
            var d = PixelVectors.Rms(point, Centres[c]);
            if (d < bestDistance) (best, bestDistance) = (c, d);
        }
        return best;
    }

    private static float[][] SeedCentres(float[][] points, int k, Random random)
    {
        var centres = new List<float[]> { points[random.Next(points.Length)] };
        while (centres.Count < k)
        {
            var weights = points.Select(p => centres.Min(c => Square(PixelVectors.Rms(p, c)))).ToArray();
            var target = random.NextDouble() * weights.Sum();
            var chosen = 0;
            for (var acc = weights[0]; acc < target && chosen < points.Length - 1; acc += weights[++chosen]) { }
            centres.Add(points[chosen]);
        }
        return centres.Select(c => (float[])c.Clone()).ToArray();
    }

    private static float[][] Recentre(float[][] points, int[] assignment, float[][] previous)
    {
        var d = points[0].Length;
        var sums = previous.Select(_ => new double[d]).ToArray();
        var counts = new int[previous.Length];
        for (var i = 0; i < points.Length; i++)
        {
            counts[assignment[i]]++;
            for (var j = 0; j < d; j++) sums[assignment[i]][j] += points[i][j];
        }
        // An emptied bin keeps its previous centre rather than vanishing.
        return previous.Select((c, b) => counts[b] == 0 ? c : sums[b].Select(s => (float)(s / counts[b])).ToArray()).ToArray();
    }

    private static double Square(double x) => x * x;
}
