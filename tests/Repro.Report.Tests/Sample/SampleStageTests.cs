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
    public void Should_Measure_The_Face_Space_Against_Its_Floor_At_Equal_Sizes_And_Write_Its_Histograms()
    {
        using var workspace = new SyntheticWorkspace();
        workspace.Augment("run1", count: 24);
        workspace.Train("run1", new TrainScenario());
        var context = workspace.SampleContext("run1");

        SampleStage.Run(context);

        var json = JObject.Parse(File.ReadAllText(context.OutPath("metrics.json")));
        var final = json["final"]!["face"]!;
        var floor = json["realVsReal"]!["face"]!;
        // Halves of 24 images are 12: both comparisons use 12 a side, the set's whole count is kept apart.
        Assert.Equal(12, (int)final["compareSize"]!);
        Assert.Equal(12, (int)floor["compareSize"]!);
        Assert.Equal((int)json["snapshots"]![^1]!["face"]!["images"]!, (int)final["images"]!);
        foreach (var head in new[] { "hair", "expression", "hairTone", "collar" })
        {
            Assert.Equal((int)final["images"]!, final["histograms"]![head]!.Values<int>().Sum());
            Assert.Equal(24, json["training"]!["face"]!["histograms"]![head]!.Values<int>().Sum());
        }
        foreach (var name in new[] { "precision", "recall", "coverage" })
            Assert.InRange((double)final[name + "Mean"]!, 0, 1);
        Assert.Equal(JTokenType.Null, json["resnet18"]!.Type);
        Assert.Equal(6, json["classifier"]!["heads"]![0]!["classes"]!.Count());
    }

    [Fact]
    public void Should_Add_FD_And_KID_On_ResNet18_Features_When_Asked()
    {
        using var workspace = new SyntheticWorkspace();
        workspace.Augment("run1", count: 24);
        workspace.Train("run1", new TrainScenario { CollapseFrom = 100 });
        var parameters = SyntheticWorkspace.SampleParams();
        parameters["sample.resnetImages"] = 6;
        var context = workspace.SampleContext("run1", parameters: parameters);

        SampleStage.Run(context);

        var resnet = JObject.Parse(File.ReadAllText(context.OutPath("metrics.json")))["resnet18"]!;
        Assert.Equal(6, (int)resnet["compareSize"]!);
        // A collapsed generator (one drawing, every sample) is farther from the training set than a half is.
        Assert.True((double)resnet["final"]!["fdMean"]! > (double)resnet["realVsReal"]!["fdMean"]!, resnet.ToString());
        Assert.True((double)resnet["final"]!["fdMean"]! > 0);
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
    public void Should_Pick_The_Best_Snapshot_By_Face_KID_And_Report_The_Last_As_Final()
    {
        using var workspace = new SyntheticWorkspace();
        workspace.Augment("run1");
        workspace.Train("run1", new TrainScenario());
        var context = workspace.SampleContext("run1");

        SampleStage.Run(context);

        var json = JObject.Parse(File.ReadAllText(context.OutPath("metrics.json")));
        var snapshots = json["snapshots"]!.ToList();
        var best = snapshots.OrderBy(s => (double)s["face"]!["kidMean"]!).ThenBy(s => (int)s["epoch"]!).First();
        Assert.Equal((int)best["epoch"]!, (int)json["best"]!["epoch"]!);
        Assert.Equal((double)best["face"]!["kidMean"]!, (double)json["best"]!["faceKidMean"]!);
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
