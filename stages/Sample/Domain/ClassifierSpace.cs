using Newtonsoft.Json.Linq;
using Repro.Contract;
using Repro.Gan.Classifier;
using Repro.Imaging;
using static TorchSharp.torch;

namespace Repro.Sample.Domain;

/// <summary>One attribute the classifier names, with its classes in head order.</summary>
internal sealed record AttributeHead(string Name, string[] Classes);

/// <summary>What the classifier makes of a set of images: its 128 penultimate features and each head's most
/// likely class.</summary>
internal sealed record Embedding(float[][] Features, int[][] Predictions)
{
    public int Count => Features.Length;
}

/// <summary>The Repro face classifier (the classifier stage's classifier.pt and classifier.json) as the sample
/// stage's domain feature space. Images are box-filtered to its size; the forward pass runs under portable
/// numerics, so the same images give the same bits on every CPU. Calls are serialised: the metrics of several
/// snapshots run in parallel, and one forward pass at a time keeps LibTorch's state simple.</summary>
internal sealed class ClassifierSpace : IDisposable
{
    private const int Batch = 256;
    private readonly FaceClassifier _model;
    private readonly object _gate = new();

    private ClassifierSpace(FaceClassifier model, int size, IReadOnlyList<AttributeHead> heads, JObject accuracy)
    {
        _model = model;
        Size = size;
        Heads = heads;
        Accuracy = accuracy;
    }

    public int Size { get; }
    public IReadOnlyList<AttributeHead> Heads { get; }

    /// <summary>classifier.json's accuracy section (held-out, embedded, chance), carried into metrics.json.</summary>
    public JObject Accuracy { get; }

    public static ClassifierSpace Load(string dir)
    {
        var jsonPath = Path.Combine(dir, "classifier.json");
        var weightsPath = Path.Combine(dir, "classifier.pt");
        if (!File.Exists(jsonPath) || !File.Exists(weightsPath))
            throw new StageInputException($"The classifier output '{dir}' lacks classifier.json or classifier.pt. Rerun the classifier stage.");
        var json = JObject.Parse(File.ReadAllText(jsonPath));
        var heads = ((JArray)json["heads"]!).Select(h => new AttributeHead((string)h["name"]!, h["classes"]!.Values<string>().ToArray()!)).ToArray();
        var model = new FaceClassifier(heads.Select(h => h.Classes.Length).ToArray());
        model.load(weightsPath, strict: true);
        model.eval();
        return new ClassifierSpace(model, (int)json["size"]!, heads, (JObject)json["accuracy"]!);
    }

    public Embedding Embed(ImageBatch images, bool mirror = false)
    {
        var features = new float[images.Count][];
        var predictions = new int[images.Count][];
        for (var start = 0; start < images.Count; start += Batch)
        {
            var count = Math.Min(Batch, images.Count - start);
            var units = Enumerable.Range(start, count)
                .Select(i => BoxFilter.ToUnit(images.Image(i), images.Height, images.Width, Size, mirror)).ToArray();
            lock (_gate) Forward(units, start, features, predictions);
        }
        return new Embedding(features, predictions);
    }

    private void Forward(float[][] units, int start, float[][] features, int[][] predictions)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var f = _model.Features(UnitImages.ToTensor(units, Size)).contiguous();
        var flat = f.data<float>().ToArray();
        var classes = _model.Heads(f).Select(l => l.argmax(1).data<long>().ToArray()).ToArray();
        for (var i = 0; i < units.Length; i++)
        {
            features[start + i] = flat.AsSpan(i * FaceClassifier.FeatureSize, FaceClassifier.FeatureSize).ToArray();
            predictions[start + i] = classes.Select(c => (int)c[i]).ToArray();
        }
    }

    public void Dispose() => _model.Dispose();
}
