using System.Buffers.Binary;
using Repro.Data.Tests.Support;
using Repro.Imaging;
using Repro.Preprocess;
using Repro.StageHost;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace Repro.Data.Tests.Preprocess;

public sealed class PreprocessInvalidInputTests
{
    private const string Advice = "Fix or remove them, or set preprocess.onInvalid=skip to skip them (they are then listed in the manifest).";

    private static string OneBadFile(PreprocessHarness harness, string line) =>
        $"1 file in the source folder '{harness.Source}' (param 'preprocess.source') cannot be used:\n  {line}\n{Advice}";

    private static void WriteGood(PreprocessHarness harness, string name = "good.png") =>
        Fixtures.Save<L8>(harness.SourcePath(name), Codecs.GrayPng);

    [Fact]
    public void Should_Reject_Truncated_Png_With_Reason()
    {
        // Given: a PNG cut inside its IDAT chunk (ImageSharp alone would decode it with blank rows).
        using var harness = new PreprocessHarness();
        WriteGood(harness);
        var whole = File.ReadAllBytes(harness.SourcePath("good.png"));
        File.WriteAllBytes(harness.SourcePath("cut.png"), whole[..60]);
        var idatLength = BinaryPrimitives.ReadUInt32BigEndian(whole.AsSpan(33));

        // When
        var message = harness.RunExpectingError();

        // Then
        Assert.Equal(OneBadFile(harness, $"cut.png: truncated PNG: chunk IDAT at byte 33 needs {idatLength} bytes but the file ends at 60 (the file was cut short; copy it again)"), message);
        Assert.False(Directory.Exists(Path.Combine(harness.OutDir, "images")));
    }

    [Fact]
    public void Should_Reject_Png_Without_Iend_With_Reason()
    {
        // Given: every chunk complete, the final IEND chunk missing.
        using var harness = new PreprocessHarness();
        WriteGood(harness);
        var whole = File.ReadAllBytes(harness.SourcePath("good.png"));
        File.WriteAllBytes(harness.SourcePath("no-end.png"), whole[..^12]);

        // When / Then
        Assert.Equal(OneBadFile(harness, $"no-end.png: truncated PNG: the file ends after {whole.Length - 12} bytes without an IEND chunk (the file was cut short; copy it again)"), harness.RunExpectingError());
    }

    [Fact]
    public void Should_Reject_Truncated_Jpeg_With_Reason()
    {
        using var harness = new PreprocessHarness();
        Fixtures.Save<L8>(harness.SourcePath("photo.jpg"), new JpegEncoder { Quality = 90 }, 200, 200);
        var whole = File.ReadAllBytes(harness.SourcePath("photo.jpg"));
        File.WriteAllBytes(harness.SourcePath("photo.jpg"), whole[..(whole.Length * 2 / 3)]);

        Assert.Equal(OneBadFile(harness, $"photo.jpg: truncated JPEG: no end-of-image marker in the last {Math.Min(4096, whole.Length * 2 / 3)} bytes (the file was cut short; copy it again)"), harness.RunExpectingError());
    }

    [Fact]
    public void Should_Reject_Zero_Byte_File_With_Reason()
    {
        using var harness = new PreprocessHarness();
        WriteGood(harness);
        File.WriteAllBytes(harness.SourcePath("empty.png"), []);

        Assert.Equal(OneBadFile(harness, "empty.png: empty file: 0 bytes (copy it again or remove it)"), harness.RunExpectingError());
    }

    [Fact]
    public void Should_Reject_Text_File_Named_Png_With_Reason()
    {
        using var harness = new PreprocessHarness();
        WriteGood(harness);
        File.WriteAllText(harness.SourcePath("notes.png"), "hello, I am text");

        Assert.Equal(OneBadFile(harness, "notes.png: not a PNG or JPEG file: its 16 bytes start with \"hello, I\" (re-export it as PNG or JPEG, or remove it)"), harness.RunExpectingError());
    }

    [Fact]
    public void Should_Reject_Random_Bytes_Named_Jpg_With_Reason()
    {
        using var harness = new PreprocessHarness();
        WriteGood(harness);
        File.WriteAllBytes(harness.SourcePath("noise.jpg"), Enumerable.Range(1, 64).Select(i => (byte)(i * 37)).ToArray());

        Assert.Equal(OneBadFile(harness, "noise.jpg: not a PNG or JPEG file: its 64 bytes start with 0x254A6F94B9DE0328 (re-export it as PNG or JPEG, or remove it)"), harness.RunExpectingError());
    }

    [Fact]
    public void Should_Reject_Image_Smaller_Than_MinSize_With_Reason()
    {
        using var harness = new PreprocessHarness();
        WriteGood(harness);
        Fixtures.Save<L8>(harness.SourcePath("tiny.png"), Codecs.GrayPng, 20, 12);

        Assert.Equal(OneBadFile(harness, "tiny.png: too small: 20x12 is under preprocess.minSize=16 px (use a larger image or lower preprocess.minSize)"), harness.RunExpectingError());
    }

    [Fact]
    public void Should_Reject_Huge_Dimensions_From_The_Header_Before_Decoding()
    {
        // Given: a 100-byte PNG claiming 100000x100000 (40 GB as RGBA if decoded).
        using var harness = new PreprocessHarness();
        WriteGood(harness);
        File.WriteAllBytes(harness.SourcePath("bomb.png"), Fixtures.PngClaiming(100_000, 100_000));

        Assert.Equal(OneBadFile(harness, "bomb.png: too large: the header says 100000x100000; the limit is 16384 px per side and 100 megapixels (scale it down first)"), harness.RunExpectingError());
    }

    [Theory]
    [InlineData("anim.gif", "GIF")]
    [InlineData("scan.bmp", "BMP")]
    [InlineData("scan.tiff", "TIFF")]
    public void Should_Reject_Formats_Other_Than_Png_And_Jpeg_With_Reason(string name, string format)
    {
        using var harness = new PreprocessHarness();
        WriteGood(harness);
        var path = harness.SourcePath(name);
        if (format == "GIF") Fixtures.WriteGif(path);
        else if (format == "BMP") Fixtures.WriteBmp(path);
        else File.WriteAllBytes(path, [(byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, 0, 0]);

        Assert.Equal(OneBadFile(harness, $"{name}: {format} image: only PNG and JPEG are read (convert it to PNG)"), harness.RunExpectingError());
    }

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
        harness.Stage.Set("preprocess.source", "no/such/folder");
        var missing = Path.GetFullPath(Path.Combine(harness.Stage.Workspace, "no/such/folder"));

        Assert.Equal(
            $"The source folder '{missing}' (param 'preprocess.source') does not exist. Create it or point preprocess.source at a folder of PNG/JPEG images.",
            harness.RunExpectingError());
    }

    [Theory]
    [InlineData("preprocess.fit", "zoom", "Param 'preprocess.fit' is \"zoom\"; allowed values are \"pad\", \"crop\", \"stretch\".")]
    [InlineData("preprocess.onInvalid", "Skip", "Param 'preprocess.onInvalid' is \"Skip\"; allowed values are \"fail\", \"skip\".")]
    public void Should_Reject_Unknown_Param_Values_Listing_The_Allowed_Ones(string key, string value, string expected)
    {
        using var harness = new PreprocessHarness();
        harness.Stage.Set(key, value);

        Assert.Equal(expected, harness.RunExpectingError());
    }

    [Fact]
    public void Should_Reject_Out_Of_Range_Param()
    {
        using var harness = new PreprocessHarness();
        harness.Stage.Set("preprocess.background", 300);

        Assert.Equal("Param 'preprocess.background' is 300; it must be between 0 and 255. Set it in params.json or with --set preprocess.background=VALUE.", harness.RunExpectingError());
    }
}
