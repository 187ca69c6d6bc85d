namespace Repro.Sample.Metrics;

/// <summary>KID's feature extractor: a small CNN with seeded random weights (He-normal, no training, no
/// download). conv3x3(16)-ReLU-avgpool2, conv3x3(32)-ReLU-avgpool2, conv3x3(32)-ReLU; features are the
/// second layer's channel means and the third layer's means over the four image quadrants (32 + 128).
/// Random convolutional features are a weaker but honest stand-in for Inception features: they see local
/// strokes and their layout, and every number is reproducible from the seed.</summary>
internal sealed class RandomConvFeatures
{
    private readonly ConvLayer[] _layers;

    public RandomConvFeatures(int seed)
    {
        var random = new Random(seed);
        _layers = [new ConvLayer(1, 16, random), new ConvLayer(16, 32, random), new ConvLayer(32, 32, random)];
    }

    public int Dimension => _layers[1].Outputs + 4 * _layers[2].Outputs;

    /// <summary>Features of a size x size image with values in [0, 1].</summary>
    public float[] Extract(float[] image, int size)
    {
        var input = new float[image.Length];
        for (var i = 0; i < image.Length; i++) input[i] = image[i] * 2 - 1;
        var a1 = FeatureMaps.AvgPool2(_layers[0].Forward(input, size), _layers[0].Outputs, size);
        var s1 = size / 2;
        var l2 = _layers[1].Forward(a1, s1);
        var a2 = FeatureMaps.AvgPool2(l2, _layers[1].Outputs, s1);
        var s2 = s1 / 2;
        var l3 = _layers[2].Forward(a2, s2);
        var features = new float[Dimension];
        FeatureMaps.ChannelMeans(l2, _layers[1].Outputs, s1, 1, features, 0);
        FeatureMaps.ChannelMeans(l3, _layers[2].Outputs, s2, 2, features, _layers[1].Outputs);
        return features;
    }

    public float[][] Extract(float[][] images, int size) =>
        images.Select(image => Extract(image, size)).ToArray();
}
