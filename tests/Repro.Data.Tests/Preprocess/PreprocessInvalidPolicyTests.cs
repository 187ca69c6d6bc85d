using Repro.Data.Tests.Support;
using Repro.Imaging;
using Repro.Preprocess;
using Repro.Contract;
using SixLabors.ImageSharp.PixelFormats;

namespace Repro.Data.Tests.Preprocess;

public sealed class PreprocessInvalidPolicyTests
{
    private const string Advice = "Fix or remove them, or set preprocess.onInvalid=skip to skip them (they are then listed in the manifest).";

    private static void WriteGood(PreprocessHarness harness, string name = "good.png") =>
        Fixtures.Save<L8>(harness.SourcePath(name), Codecs.GrayPng);

    [Fact]
    public void Should_Fail_With_One_Message_Listing_Every_Bad_File_And_Write_Nothing()
    {
        // Given
        using var harness = new PreprocessHarness();
        WriteGood(harness, "z-good.png");
        File.WriteAllBytes(harness.SourcePath("a-empty.png"), []);
        File.WriteAllText(harness.SourcePath("b-text.png"), "hello, I am text");
        Fixtures.WriteGif(harness.SourcePath("c-anim.gif"));
        File.WriteAllBytes(harness.SourcePath("d-bomb.png"), Fixtures.PngClaiming(20_000, 10));

        // When
        var message = harness.RunExpectingError();

        // Then
        Assert.Equal(
            $"4 files in the source folder '{harness.Source}' (param 'preprocess.source') cannot be used:\n" +
            "  a-empty.png: empty file: 0 bytes (copy it again or remove it)\n" +
            "  b-text.png: not a PNG or JPEG file: its 16 bytes start with \"hello, I\" (re-export it as PNG or JPEG, or remove it)\n" +
            "  c-anim.gif: GIF image: only PNG and JPEG are read (convert it to PNG)\n" +
            "  d-bomb.png: too large: the header says 20000x10; the limit is 16384 px per side and 100 megapixels (scale it down first)\n" +
            Advice,
            message);
        Assert.Empty(Directory.GetFileSystemEntries(harness.OutDir));
    }

    [Fact]
    public void Should_Exit_With_Code_2_And_Promote_Nothing_On_Bad_Input()
    {
        using var harness = new PreprocessHarness();
        File.WriteAllBytes(harness.SourcePath("empty.png"), []);

        Assert.Equal(ExitCodes.BadInput, harness.Stage.RunProgram(PreprocessStage.Run));
        Assert.Empty(Directory.GetFileSystemEntries(harness.OutDir));
    }

    [Fact]
    public void Should_Skip_Invalid_Files_And_Record_Them_When_OnInvalid_Is_Skip()
    {
        // Given
        using var harness = new PreprocessHarness();
        harness.Stage.Set("preprocess.onInvalid", "skip");
        WriteGood(harness);
        File.WriteAllBytes(harness.SourcePath("empty.png"), []);
        Fixtures.WriteGif(harness.SourcePath("anim.gif"));

        // When
        var manifest = harness.Run();

        // Then
        Assert.Equal(["0001-good.png"], harness.OutputNames());
        Assert.Equal(2, (int)manifest["counts"]!["skipped"]!);
        Assert.Equal(
            ["anim.gif: GIF image: only PNG and JPEG are read (convert it to PNG)", "empty.png: empty file: 0 bytes (copy it again or remove it)"],
            manifest["skipped"]!.Select(s => $"{s["source"]}: {s["reason"]}"));
    }

    [Fact]
    public void Should_Fail_Naming_The_Folder_When_No_Usable_Image()
    {
        using var harness = new PreprocessHarness();
        File.WriteAllText(harness.SourcePath("README.md"), "# my drawings");

        Assert.Equal(
            $"The source folder '{harness.Source}' (param 'preprocess.source') has no usable PNG or JPEG image: it holds only files that are not images (1 ignored). Put PNG or JPEG images in it, or point preprocess.source at another folder.",
            harness.RunExpectingError());
    }

    [Fact]
    public void Should_Fail_Naming_The_Folder_When_Every_Image_Was_Skipped()
    {
        using var harness = new PreprocessHarness();
        harness.Stage.Set("preprocess.onInvalid", "skip");
        File.WriteAllBytes(harness.SourcePath("empty.png"), []);

        Assert.Equal(
            $"The source folder '{harness.Source}' (param 'preprocess.source') has no usable PNG or JPEG image: its one image file was skipped as invalid (0 other files ignored). Put PNG or JPEG images in it, or point preprocess.source at another folder.",
            harness.RunExpectingError());
    }

    [Fact]
    public void Should_Fail_Naming_The_Folder_When_The_Source_Is_Missing()
    {
        using var harness = new PreprocessHarness();
        var missing = Path.Combine(harness.Stage.Workspace, "no", "such", "folder");
        harness.Stage.Set("preprocess.source", "no/such/folder").Dep("source", missing);

        Assert.Equal(
            $"The source folder '{missing}' (param 'preprocess.source') does not exist. Create it or point preprocess.source at a folder of PNG/JPEG images.",
            harness.RunExpectingError());
    }

    [Theory]
    [InlineData("preprocess.fit", "zoom", "Param 'preprocess.fit' should be one of pad, crop, stretch but is \"zoom\" (String).")]
    [InlineData("preprocess.onInvalid", "Skip", "Param 'preprocess.onInvalid' should be one of fail, skip but is \"Skip\" (String).")]
    public void Should_Reject_A_Value_That_Names_No_Mode_Listing_The_Modes(string key, string value, string expected)
    {
        // Only a request written by hand gets here: the engine checks the values against stage.json first.
        using var harness = new PreprocessHarness();
        harness.Stage.Set(key, value);

        Assert.Equal(expected, harness.RunExpectingError());
    }
}
