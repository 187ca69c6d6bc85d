using Newtonsoft.Json.Linq;
using Repro.Report.Tests.Synthetic;
using Repro.Sample;
using Repro.Contract;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Repro.Report.Tests.Sample;

public class SampleStageTests
{
    [Fact]
    public void Should_Write_Every_Declared_Output()
    {
        using var workspace = new SyntheticWorkspace();
        workspace.Augment("run1");
        workspace.Train("run1", new TrainScenario());
        var context = workspace.SampleContext("run1");

        SampleStage.Run(context);

        Assert.Equal(["grid-000050.png", "grid-000100.png", "grid-000150.png", "grid-000200.png"],
            Directory.GetFiles(context.OutPath("grids")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var file in new[] { "progress.gif", "final-sheet.png", "closest-pairs.png", "metrics.json" })
            Assert.True(File.Exists(context.OutPath(file)), file);
        Files.Keep(context.OutDir, "sample");
    }

    [Fact]
    public void Should_Write_Identical_Bytes_On_Two_Runs()
    {
        using var workspace = new SyntheticWorkspace();
        workspace.Augment("run1", flip: true);
        workspace.Train("run1", new TrainScenario { Epochs = 120, SnapshotEvery = 40 });

        var first = workspace.SampleContext("run1", "first");
        var second = workspace.SampleContext("run1", "second");
        SampleStage.Run(first);
        SampleStage.Run(second);

        Files.AssertIdentical(first.OutDir, second.OutDir);
    }

    [Fact]
    public void Should_Make_A_Looping_Gif_With_One_Captioned_Frame_Per_Snapshot()
    {
        using var workspace = new SyntheticWorkspace();
        workspace.Augment("run1");
        workspace.Train("run1", new TrainScenario { Epochs = 230 }); // snapshots 50..200 and the last, 230
        var parameters = SyntheticWorkspace.SampleParams();
        parameters["sample.gifDelay"] = 35;
        var context = workspace.SampleContext("run1", parameters: parameters);

        SampleStage.Run(context);

        using var gif = Image.Load<L8>(context.OutPath("progress.gif"));
        Assert.Equal(5, gif.Frames.Count);
        Assert.Equal(0, gif.Metadata.GetGifMetadata().RepeatCount);
        Assert.All(gif.Frames.Cast<ImageFrame<L8>>(), f => Assert.Equal(35, f.Metadata.GetGifMetadata().FrameDelay));
        // The caption strip above the grid holds dark text, and it differs frame to frame (the epoch).
        var strips = gif.Frames.Cast<ImageFrame<L8>>().Select(CaptionStrip).ToList();
        Assert.All(strips, s => Assert.True(s.Count(p => p < 100) > 40, "too few dark pixels in the caption"));
        Assert.NotEqual(strips[0], strips[1]);
    }

    [Fact]
    public void Should_Pick_The_Best_Snapshot_By_KID_And_Report_The_Last_As_Final()
    {
        using var workspace = new SyntheticWorkspace();
        workspace.Augment("run1");
        workspace.Train("run1", new TrainScenario());
        var context = workspace.SampleContext("run1");

        SampleStage.Run(context);

        var json = JObject.Parse(File.ReadAllText(context.OutPath("metrics.json")));
        var snapshots = json["snapshots"]!.ToList();
        var best = snapshots.OrderBy(s => (double)s["kidMean"]!).First();
        Assert.Equal((int)best["epoch"]!, (int)json["best"]!["epoch"]!);
        Assert.Equal(200, (int)json["final"]!["epoch"]!);
        Assert.True((double)snapshots[0]["kidMean"]! > (double)snapshots[^1]["kidMean"]!, "noisy early snapshots should score worse");
    }

    [Fact]
    public void Should_Reject_Snapshots_Of_Another_Image_Size()
    {
        using var workspace = new SyntheticWorkspace();
        workspace.Augment("run1", size: 32);
        workspace.Train("run1", new TrainScenario { Size = 16 });

        var error = Assert.Throws<StageInputException>(() => SampleStage.Run(workspace.SampleContext("run1")));

        Assert.Contains("holds 16x16 images but the training set is 32x32. Rerun train on this dataset.", error.Message);
    }

    private static byte[] CaptionStrip(ImageFrame<L8> frame)
    {
        var rows = Repro.Sample.Images.CaptionStrip.Height(frame.Width);
        var pixels = new byte[frame.Width * rows];
        for (var y = 0; y < rows; y++)
            for (var x = 0; x < frame.Width; x++) pixels[y * frame.Width + x] = frame[x, y].PackedValue;
        return pixels;
    }
}
