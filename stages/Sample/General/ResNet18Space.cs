using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Repro.Contract;
using Repro.Imaging;

namespace Repro.Sample.General;

/// <summary>A general image feature space for images the face classifier was not made for: ImageNet's ResNet18
/// as the Microsoft.ML.DnnImageFeaturizer.ResNet18 package ships it (ResNet18.onnx and its ResNetPreprocess.onnx,
/// which subtracts the per-channel means), run by ONNX Runtime: 512 features after global average pooling.
/// Gray images are box-filtered to 224x224 (nearest neighbour when enlarging), scaled to 0..255 and repeated
/// on the three channels. One thread, sequential execution and only the basic graph optimisations (no
/// NCHWc layout rewrite, whose blocking follows the CPU's vector width), so the sums follow one order.</summary>
internal sealed class ResNet18Space : IDisposable
{
    public const int FeatureSize = 512;
    private const int Side = 224;
    private const string ModelFolder = "DnnImageModels";
    private readonly InferenceSession _preprocess;
    private readonly InferenceSession _network;

    private ResNet18Space(InferenceSession preprocess, InferenceSession network)
    {
        _preprocess = preprocess;
        _network = network;
    }

    public static string OnnxRuntimeVersion => OrtEnv.Instance().GetVersionString();

    public static ResNet18Space Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, ModelFolder);
        var prep = Path.Combine(folder, "ResNetPrepOnnx", "ResNetPreprocess.onnx");
        var net = Path.Combine(folder, "ResNet18Onnx", "ResNet18.onnx");
        if (!File.Exists(prep) || !File.Exists(net))
            throw new StageInputException($"The ResNet18 model files are missing from '{folder}' (they come from the " +
                                          "Microsoft.ML.DnnImageFeaturizer.ResNet18 package): rebuild the sample stage (dotnet build), or set sample.resnetImages to 0.");
        var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_BASIC,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
        };
        return new ResNet18Space(new InferenceSession(prep, options), new InferenceSession(net, options));
    }

    public float[][] Embed(ImageBatch images, IReadOnlyList<int> indices, CancellationToken cancellation) =>
        indices.Select(i =>
        {
            cancellation.ThrowIfCancellationRequested();
            return Embed(images.Image(i), images.Height, images.Width);
        }).ToArray();

    private float[] Embed(ReadOnlySpan<byte> pixels, int height, int width)
    {
        var unit = BoxFilter.ToUnit(pixels, height, width, Side);
        var input = new DenseTensor<float>([1, 3, Side, Side]);
        var buffer = input.Buffer.Span;
        for (var c = 0; c < 3; c++)
            for (var p = 0; p < unit.Length; p++) buffer[c * unit.Length + p] = unit[p] * 255f;
        using var prepared = _preprocess.Run([NamedOnnxValue.CreateFromTensor(_preprocess.InputMetadata.Keys.Single(), input)]);
        var normalised = prepared.Single().AsTensor<float>();
        using var output = _network.Run([NamedOnnxValue.CreateFromTensor(_network.InputMetadata.Keys.Single(), normalised)]);
        return output.Single().AsTensor<float>().ToArray();
    }

    public void Dispose()
    {
        _preprocess.Dispose();
        _network.Dispose();
    }
}
