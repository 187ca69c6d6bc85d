using System.Buffers.Binary;
using System.Text;
using Newtonsoft.Json.Linq;

namespace Repro.Gan.Tests.Support;

/// <summary>A temporary train-stage setup: a small random 32x32 dataset, a request with every train.* key (as
/// the engine always sends them; tiny ci-like sizes, remedies off), a resume folder, and fresh output folders
/// per run.</summary>
internal sealed class TrainWorkspace : IDisposable
{
    private int _runs;

    public TrainWorkspace(int images = 24, int size = 32)
    {
        Root = Path.Combine(Path.GetTempPath(), "repro-gan-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "dataset"));
        WriteDataset(Path.Combine(Root, "dataset", "dataset.bin"), images, size);
    }

    public string Root { get; }
    public string ResumeDir => Path.Combine(Root, "resume");

    public Dictionary<string, JToken> Params { get; } = new(StringComparer.Ordinal)
    {
        // 24 images, half batch 4: 6 steps per epoch, 12 steps in all, snapshots at steps 6 and 12.
        ["train.latentDim"] = 5, ["train.epochs"] = 2, ["train.batchSize"] = 8,
        ["train.lrG"] = 0.0002, ["train.lrD"] = 0.00001, ["train.beta1G"] = 0.5, ["train.beta1D"] = 0.1, ["train.loss"] = "keras",
        ["train.realLabelMin"] = 0.7, ["train.realLabelMax"] = 1.2, ["train.fakeLabelMin"] = 0.0, ["train.fakeLabelMax"] = 0.3,
        ["train.seed"] = 7, ["train.snapshotEvery"] = 1, ["train.fixedSamples"] = 4, ["train.evalSamples"] = 6, ["train.finalEvalSamples"] = 8,
        ["train.device"] = "cpu", ["train.threads"] = 1, ["train.numerics"] = "portable",
        ["train.labelSmoothing"] = 0.0, ["train.instanceNoise"] = 0.0, ["train.diffAugment"] = false, ["train.fakeBatchNorm"] = "inference",
    };

    /// <summary>A context for the next run: a new, empty output folder, the shared resume folder.</summary>
    public StageContext NextContext(CancellationToken cancellation = default, bool withResume = true)
    {
        var outDir = Path.Combine(Root, "out" + ++_runs);
        Directory.CreateDirectory(outDir);
        var request = new StageRequest
        {
            Stage = "train", Experiment = "run1", Key = "test", OutDir = outDir,
            ResumeDir = withResume ? ResumeDir : null,
            Params = new Dictionary<string, JToken>(Params, StringComparer.Ordinal),
            Deps = new Dictionary<string, string>(StringComparer.Ordinal) { ["dataset"] = Path.Combine(Root, "dataset") },
        };
        return new StageContext(request, cancellation);
    }

    /// <summary>Every output file, relative path -> bytes, for bitwise comparison.</summary>
    public static SortedDictionary<string, byte[]> ReadOutputs(StageContext context) =>
        new(Directory.GetFiles(context.OutDir, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(context.OutDir, f).Replace('\\', '/'), File.ReadAllBytes),
            StringComparer.Ordinal);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }

    private static void WriteDataset(string path, int count, int size)
    {
        var random = new Random(123);
        var bytes = new byte[20 + count * size * size];
        Encoding.ASCII.GetBytes("RPIMG001", bytes);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), count);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(12), size);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(16), size);
        random.NextBytes(bytes.AsSpan(20));
        File.WriteAllBytes(path, bytes);
    }
}
