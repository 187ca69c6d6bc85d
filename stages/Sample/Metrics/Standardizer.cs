namespace Repro.Sample.Metrics;

/// <summary>Z-scores features with the training set's per-feature mean and standard deviation, so every
/// random feature weighs alike in KID's kernel whatever its raw scale.</summary>
internal sealed class Standardizer
{
    private readonly double[] _mean;
    private readonly double[] _scale;

    public Standardizer(float[][] reference)
    {
        var d = reference[0].Length;
        _mean = new double[d];
        _scale = new double[d];
        for (var j = 0; j < d; j++)
        {
            var mean = reference.Average(v => (double)v[j]);
            var variance = reference.Average(v => (v[j] - mean) * (v[j] - mean));
            _mean[j] = mean;
            _scale[j] = variance > 1e-12 ? 1 / Math.Sqrt(variance) : 0; // a dead feature carries no information
        }
    }

    public float[][] Apply(float[][] features) => features.Select(Apply).ToArray();

    public float[] Apply(float[] v)
    {
        var z = new float[v.Length];
        for (var j = 0; j < v.Length; j++) z[j] = (float)((v[j] - _mean[j]) * _scale[j]);
        return z;
    }
}
