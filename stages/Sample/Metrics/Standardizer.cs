namespace Repro.Sample.Metrics;

/// <summary>Scales features by one factor so the training features have mean squared value 1: the kernel's
/// x.y/d is then about 1 for training images, as Inception features are tuned for in KID. One factor (not a
/// z-score per feature) keeps near-constant features from being blown up into noise.</summary>
internal sealed class Standardizer
{
    private readonly float _scale;

    public Standardizer(float[][] reference)
    {
        var meanSquare = reference.Average(v => v.Average(x => (double)x * x));
        _scale = meanSquare > 1e-12 ? (float)(1 / Math.Sqrt(meanSquare)) : 1f;
    }

    public float[][] Apply(float[][] features) => features.Select(Apply).ToArray();

    public float[] Apply(float[] v) => v.Select(x => x * _scale).ToArray();
}
