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
                var w = _weights.AsSpan((o * Inputs + c) * 9, 9);
                for (var y = 0; y < size; y++)
                    for (var x = 0; x < size; x++)
                        target[y * size + x] += Tap(source, w, x, y, size);
            }
            for (var i = 0; i < plane; i++) target[i] = Math.Max(0, target[i]);
        }
        return output;
    }

    private static float Tap(ReadOnlySpan<float> source, ReadOnlySpan<float> w, int x, int y, int size)
    {
        var sum = 0f;
        for (var dy = -1; dy <= 1; dy++)
        {
            var yy = y + dy;
            if (yy < 0 || yy >= size) continue;
            for (var dx = -1; dx <= 1; dx++)
            {
                var xx = x + dx;
                if (xx >= 0 && xx < size) sum += w[(dy + 1) * 3 + dx + 1] * source[yy * size + xx];
            }
        }
        return sum;
    }

    /// <summary>Box-Muller from the seeded generator (System.Random(seed) is stable across .NET versions).</summary>
    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
