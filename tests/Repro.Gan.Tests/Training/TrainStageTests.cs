using Repro.Contract;
using Repro.Gan.Tests.Support;
using Repro.Train;

namespace Repro.Gan.Tests.Training;

public class TrainStageTests
{
    [Fact]
    public void Should_Write_The_Declared_Outputs_With_Uniform_Snapshots()
    {
        using var workspace = new TrainWorkspace();
        var context = workspace.NextContext();

        TrainStage.Run(context, TrainHooks.None);

        var files = TrainWorkspace.ReadOutputs(context).Keys.ToList();
        Assert.Equal(new[] { "checkpoint", "conditions.json", "generator.pt", "interpolation.png", "metrics.csv", "snapshots", "summary.json", "walk.png" },
            Directory.EnumerateFileSystemEntries(context.OutDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        // 4 fixed latents: 2 pairs x 8 steps; latent 5: 5 dimensions x 7 values; 32-pixel images, 2-pixel gutters.
        Assert.Equal((8 * 32 + 9 * 2, 2 * 32 + 3 * 2), PngSize(context.OutPath("interpolation.png")));
        Assert.Equal((7 * 32 + 8 * 2, 5 * 32 + 6 * 2), PngSize(context.OutPath("walk.png")));
        Assert.Equal(new[] { "eval-000001.bin", "eval-000002.bin", "grid-000001.bin", "grid-000002.bin" },   // by epochs completed
            files.Where(f => f.StartsWith("snapshots/", StringComparison.Ordinal)).Select(Path.GetFileName));
        var metrics = File.ReadAllLines(context.OutPath("metrics.csv"));
        Assert.Equal("step,epoch,d_loss_real,d_loss_fake,g_loss,d_acc_real,d_acc_fake,d_real_mean,d_fake_mean", metrics[0]);
        Assert.Equal(13, metrics.Length);
        Assert.StartsWith("6,1,", metrics[6]);
        Assert.StartsWith("7,2,", metrics[7]);
        Assert.StartsWith("12,2,", metrics[^1]);
        var grid = ImageBatch.Read(context.OutPath("snapshots", "grid-000002.bin"));
        Assert.Equal((4, 32, 32), (grid.Count, grid.Height, grid.Width));
        Assert.Equal(6, ImageBatch.Read(context.OutPath("snapshots", "eval-000001.bin")).Count);
        Assert.Equal("1", context.Provenance["threads"]);
        Assert.Equal("cpu", context.Provenance["device"]);
    }

    [Fact]
    public void Should_Produce_Identical_Bytes_For_The_Same_Request()
    {
        using var workspace = new TrainWorkspace();
        var first = workspace.NextContext(withResume: false);
        var second = workspace.NextContext(withResume: false);

        TrainStage.Run(first, TrainHooks.None);
        TrainStage.Run(second, TrainHooks.None);

        OutputAssert.Identical(TrainWorkspace.ReadOutputs(first), TrainWorkspace.ReadOutputs(second));
    }

    [Fact]
    public void Should_Change_The_Outputs_When_The_Seed_Changes()
    {
        using var workspace = new TrainWorkspace();
        var first = workspace.NextContext(withResume: false);
        workspace.Params["train.seed"] = 8;
        var second = workspace.NextContext(withResume: false);

        TrainStage.Run(first, TrainHooks.None);
        TrainStage.Run(second, TrainHooks.None);

        Assert.NotEqual(File.ReadAllBytes(first.OutPath("generator.pt")), File.ReadAllBytes(second.OutPath("generator.pt")));
    }

    [Fact]
    public void Should_Run_With_Every_Remedy_On_Deterministically()
    {
        using var workspace = new TrainWorkspace();
        workspace.Params["train.labelSmoothing"] = 0.1;
        workspace.Params["train.instanceNoise"] = 0.1;
        workspace.Params["train.diffAugment"] = true;
        var first = workspace.NextContext(withResume: false);
        var second = workspace.NextContext(withResume: false);

        TrainStage.Run(first, TrainHooks.None);
        TrainStage.Run(second, TrainHooks.None);

        OutputAssert.Identical(TrainWorkspace.ReadOutputs(first), TrainWorkspace.ReadOutputs(second));
    }

    [Fact]
    public void Should_Generate_Fakes_With_Batch_Statistics_Only_When_Asked()
    {
        using var workspace = new TrainWorkspace();
        var keras = workspace.NextContext(withResume: false);
        workspace.Params["train.fakeBatchNorm"] = "batch";
        var batch = workspace.NextContext(withResume: false);

        TrainStage.Run(keras, TrainHooks.None);
        TrainStage.Run(batch, TrainHooks.None);

        var fakeLossKeras = File.ReadAllLines(keras.OutPath("metrics.csv"))[1].Split(',')[3];
        var fakeLossBatch = File.ReadAllLines(batch.OutPath("metrics.csv"))[1].Split(',')[3];
        Assert.NotEqual(fakeLossKeras, fakeLossBatch);   // step 1: same weights, different BN statistics
    }

    private static (int Width, int Height) PngSize(string file)
    {
        var header = File.ReadAllBytes(file).AsSpan(16, 8);
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header[4..]));
    }
}
