using System.Buffers.Binary;
using Repro.Data.Tests.Support;
using Repro.Imaging;
using Repro.Preprocess;
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
}
