namespace Repro.Sample.Metrics;

/// <summary>A 3x3 'same' convolution with ReLU and He-normal random weights (zero bias), channel-major maps.</summary>
internal sealed class ConvLayer
{
    private readonly float[] _weights;

    public ConvLayer(int inputs, int outputs, Random random)
    {
        Inputs = inputs;
        Outputs = outputs;
        _weights = new float[outputs * inputs * 9];
        var std = Math.Sqrt(2.0 / (inputs * 9));
        for (var i = 0; i < _weights.Length; i++) _weights[i] = (float)(std * Gaussian(random));
    }

    public int Inputs { get; }
    public int Outputs { get; }

    /// <summary>Tap by tap: each of the 9 weights adds a shifted row of the input to a row of the output, so
    /// the inner loop is a contiguous multiply-add (zero padding = skipping what falls outside).</summary>
    public float[] Forward(float[] input, int size)
    {
        var plane = size * size;
        var output = new float[Outputs * plane];
        for (var o = 0; o < Outputs; o++)
        {
            var target = output.AsSpan(o * plane, plane);
            for (var c = 0; c < Inputs; c++)
            {
                var source = input.AsSpan(c * plane, plane);
                for (var tap = 0; tap < 9; tap++)
                    AddTap(target, source, _weights[(o * Inputs + c) * 9 + tap], tap / 3 - 1, tap % 3 - 1, size);
            }
            for (var i = 0; i < plane; i++) target[i] = Math.Max(0, target[i]);
        }
        return output;
    }

    private static void AddTap(Span<float> target, ReadOnlySpan<float> source, float weight, int dy, int dx, int size)
    {
        int x0 = Math.Max(0, -dx), x1 = Math.Min(size, size - dx);
        for (var y = Math.Max(0, -dy); y < Math.Min(size, size - dy); y++)
            FixedVectors.AddScaled(target.Slice(y * size + x0, x1 - x0), source.Slice((y + dy) * size + x0 + dx, x1 - x0), weight);
    }

    /// <summary>Box-Muller from the seeded generator (System.Random(seed) is stable across .NET versions).</summary>
    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
