using Repro.Augment.Inputs;
using Repro.Data.Tests.Support;
using Repro.Imaging;
using Repro.Contract;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Repro.Data.Tests.Augment;

public sealed class AugmentTests
{
    [Fact]
    public void Should_Keep_The_Preprocess_Order_Without_Augmentation()
    {
        using var harness = new AugmentHarness();
        harness.WriteImages(5);

        var (batch, manifest) = harness.Run();

        Assert.Equal((5, 16, 16), (batch.Count, batch.Height, batch.Width));
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"images/{i + 1:D4}-img{i}.png:none"),
            manifest["images"]!.Select(e => $"{e["source"]}:{e["transform"]}"));
    }

    [Fact]
    public void Should_Double_The_Set_With_Flips_After_The_Originals()
    {
        // Given
        using var harness = new AugmentHarness();
        harness.WriteImages(6);
        harness.Stage.Set("augment.flip", true);

        // When
        var (batch, manifest) = harness.Run();

        // Then: image i + 6 is image i mirrored left to right.
        Assert.Equal(12, batch.Count);
        for (var i = 0; i < 6; i++)
            for (var y = 0; y < 16; y++)
                for (var x = 0; x < 16; x++)
                    Assert.Equal(batch.Image(i)[y * 16 + x], batch.Image(i + 6)[y * 16 + 15 - x]);
        Assert.Equal("flip-horizontal", (string)manifest["images"]![6]!["transform"]!);
        Assert.Equal((string)manifest["images"]![0]!["source"]!, (string)manifest["images"]![6]!["source"]!);
    }

    [Fact]
    public void Should_Turn_The_Embedded_176_Faces_Into_352_With_Flip()
    {
        // Given: the real pipeline input, preprocessed at the ci size.
        using var preprocess = new PreprocessHarness();
        foreach (var face in Directory.GetFiles(Path.Combine(RepoRoot.Path, "data", "raw")))
            File.Copy(face, preprocess.SourcePath(Path.GetFileName(face)));
        preprocess.Run();
        using var harness = new AugmentHarness();
        harness.Stage.Dep("images", preprocess.OutDir).Set("augment.flip", true);

        // When
        var (batch, manifest) = harness.Run();

        // Then
        Assert.Equal((352, 32, 32), (batch.Count, batch.Height, batch.Width));
        Assert.Equal((176, 176, 352), ((int)manifest["counts"]!["available"]!, (int)manifest["counts"]!["chosen"]!, (int)manifest["counts"]!["images"]!));
        using var sheet = Image.Load<L8>(Path.Combine(harness.OutDir, "contact-sheet.png"));
        Assert.Equal((8 * 32 + 9 * 2, 8 * 32 + 9 * 2), (sheet.Width, sheet.Height));
    }

    [Fact]
    public void Should_Choose_The_Same_Subset_For_The_Same_Seed_Before_Flipping()
    {
        // Given
        using var first = new AugmentHarness();
        using var second = new AugmentHarness();
        using var other = new AugmentHarness();
        foreach (var h in new[] { first, second, other })
        {
            h.WriteImages(20);
            h.Stage.Set("augment.maxImages", 5).Set("augment.flip", true);
        }
        other.Stage.Set("augment.seed", 2);

        // When
        var a = first.Run();
        var b = second.Run();
        var c = other.Run();

        // Then: 5 chosen, flipped to 10; same seed same choice, another seed another choice; preprocess order kept.
        Assert.Equal(10, a.Batch.Count);
        var chosenA = a.Manifest["images"]!.Take(5).Select(e => (string)e["source"]!).ToList();
        Assert.Equal(chosenA, b.Manifest["images"]!.Take(5).Select(e => (string)e["source"]!));
        Assert.NotEqual(chosenA, c.Manifest["images"]!.Take(5).Select(e => (string)e["source"]!));
        Assert.Equal(chosenA.Order(StringComparer.Ordinal), chosenA);
        Assert.Equal(a.Batch.Pixels, b.Batch.Pixels);
    }

    [Theory]
    [InlineData(10, 0, 1)]
    [InlineData(10, 10, 1)]
    [InlineData(10, 50, 1)]
    public void Should_Keep_Everything_When_MaxImages_Is_Zero_Or_At_Least_The_Count(int count, int max, int seed) =>
        Assert.Equal(Enumerable.Range(0, count), SubsetSelector.Choose(count, max, seed));

    [Fact]
    public void Should_Choose_Distinct_Indices_Over_The_Whole_Range() =>
        Assert.Equal(50, SubsetSelector.Choose(1000, 50, 7).Distinct().Count(i => i >= 0 && i < 1000));

    [Fact]
    public void Should_Write_Identical_Bytes_Across_Two_Runs()
    {
        using var first = new AugmentHarness();
        using var second = new AugmentHarness();
        foreach (var h in new[] { first, second })
        {
            h.WriteImages(70);
            h.Stage.Set("augment.flip", true).Set("augment.maxImages", 40).Set("augment.seed", 3);
            h.Run();
        }

        foreach (var file in new[] { "dataset.bin", "manifest.json", "contact-sheet.png" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.OutDir, file)), File.ReadAllBytes(Path.Combine(second.OutDir, file)));
    }

    [Fact]
    public void Should_Show_At_Most_64_Evenly_Spaced_Images_On_The_Contact_Sheet()
    {
        using var harness = new AugmentHarness();
        harness.WriteImages(100);
        harness.Stage.Set("augment.flip", true);

        var (_, manifest) = harness.Run();

        var shown = manifest["contactSheet"]!["shown"]!.Select(i => (int)i).ToList();
        Assert.Equal(64, shown.Count);
        Assert.Equal((0, 196), (shown[0], shown[^1]));
        Assert.Contains(shown, i => i >= 100);
    }

    [Fact]
    public void Should_Reject_A_Preprocess_Output_With_Mixed_Sizes()
    {
        using var harness = new AugmentHarness();
        harness.WriteImages(2);
        using (var odd = new Image<L8>(20, 20, new L8(255)))
            odd.Save(Path.Combine(harness.Preprocessed, "images", "0003-odd.png"), Codecs.GrayPng);

        var error = Assert.Throws<StageInputException>(() => harness.Stage.Run(Repro.Augment.AugmentStage.Run));

        Assert.Equal("'images/0003-odd.png' is 20x20 but 'images/0001-img0.png' is 16x16: the preprocess output mixes sizes. Rerun the preprocess stage.", error.Message);
    }

    [Fact]
    public void Should_Reject_A_Preprocess_Output_Without_Images()
    {
        using var harness = new AugmentHarness();
        Directory.Delete(Path.Combine(harness.Preprocessed, "images"));

        var error = Assert.Throws<StageInputException>(() => harness.Stage.Run(Repro.Augment.AugmentStage.Run));

        Assert.Equal($"The preprocess output '{harness.Preprocessed}' has no images/ folder. Rerun the preprocess stage.", error.Message);
    }
}
