namespace Repro.Sample.Metrics;

/// <summary>A mean and a sample standard deviation (over KID subsets).</summary>
internal readonly record struct MeanStd(double Mean, double Std)
{
    public static MeanStd Of(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        var variance = values.Count < 2 ? 0 : values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
        return new MeanStd(mean, Math.Sqrt(variance));
    }
}
