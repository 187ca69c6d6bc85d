using Repro.Data.Tests.Support;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace Repro.Data.Tests.Preprocess;

public sealed class PreprocessFormatTests
{
    [Fact]
    public void Should_Normalise_Every_Accepted_Pixel_Format_To_8Bit_Gray_Squares()
    {
        // Given
        using var harness = new PreprocessHarness();
        var expected = Fixtures.WriteEveryKind(harness.Source);

        // When
        var manifest = harness.Run();

        // Then
        var images = manifest["images"]!;
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), images.Select(i => (string)i["source"]!));
        foreach (var entry in images)
        {
            Assert.Equal(expected[(string)entry["source"]!], (string)entry["pixelFormat"]!);
            var output = Path.Combine(harness.OutDir, (string)entry["output"]!);
            var info = Image.Identify(output);
            Assert.Equal((32, 32), (info.Width, info.Height));
            var png = info.Metadata.GetPngMetadata();
            Assert.Equal((PngColorType.Grayscale, PngBitDepth.Bit8), (png.ColorType, png.BitDepth));
            using var gray = Image.Load<L8>(output);
            if ((string)entry["source"]! == "cmyk.jpg")
            {
                // A face in line art: mostly white paper once the (Adobe-inverted) CMYK is decoded right.
                Assert.True(Enumerable.Range(0, 32 * 32).Average(i => gray[i % 32, i / 32].PackedValue) > 180);
                continue;
            }
            // The black bar across the middle survives every format: dark centre, white top.
            Assert.True(gray[16, 16].PackedValue < 60, $"{entry["source"]}: centre is {gray[16, 16].PackedValue}");
            Assert.True(gray[16, 3].PackedValue > 200, $"{entry["source"]}: top is {gray[16, 3].PackedValue}");
        }
    }

    [Fact]
    public void Should_Read_Upper_Case_And_Odd_Extensions_And_Names_With_Spaces()
    {
        // Given
        using var harness = new PreprocessHarness();
        var png = Fixtures.Png(PngColorType.Grayscale, PngBitDepth.Bit8);
        Fixtures.Save<L8>(harness.SourcePath("Scan 01.JPG"), new SixLabors.ImageSharp.Formats.Jpeg.JpegEncoder());
        Fixtures.Save<L8>(harness.SourcePath("b.jpeg"), new SixLabors.ImageSharp.Formats.Jpeg.JpegEncoder());
        Fixtures.Save<L8>(harness.SourcePath("c.Png"), png);
        Fixtures.Save<L8>(harness.SourcePath("my face (final).png"), png);
        Fixtures.Save<L8>(harness.SourcePath("really-a-png.jpg"), png);

        // When
        var manifest = harness.Run();

        // Then
        Assert.Equal(
            ["0001-Scan-01.png", "0002-b.png", "0003-c.png", "0004-my-face--final.png", "0005-really-a-png.png"],
            harness.OutputNames());
        Assert.Equal("PNG", (string)manifest["images"]![4]!["format"]!);
    }

    [Fact]
    public void Should_Name_Outputs_Safely_When_Source_Names_Are_Not_Ascii()
    {
        using var harness = new PreprocessHarness();
        var png = Fixtures.Png(PngColorType.Grayscale, PngBitDepth.Bit8);
        Fixtures.Save<L8>(harness.SourcePath("顔.png"), png);
        Fixtures.Save<L8>(harness.SourcePath("visage-é.png"), png);

        var manifest = harness.Run();

        Assert.Equal(["0001-visage.png", "0002-image.png"], harness.OutputNames());
        Assert.Equal(["visage-é.png", "顔.png"], manifest["images"]!.Select(i => (string)i["source"]!));
    }

    [Fact]
    public void Should_Ignore_Files_That_Are_Not_Images_And_List_Them_In_The_Manifest()
    {
        // Given
        using var harness = new PreprocessHarness();
        Fixtures.Save<L8>(harness.SourcePath("face.png"), Fixtures.Png(PngColorType.Grayscale, PngBitDepth.Bit8));
        foreach (var name in new[] { "README", "notes.txt", "labels.tsv", "meta.json", "about.md", ".DS_Store", "data.bin" })
            File.WriteAllText(harness.SourcePath(name), "not an image");

        // When
        var manifest = harness.Run();

        // Then
        Assert.Equal(["0001-face.png"], harness.OutputNames());
        Assert.Equal(
            [
                ".DS_Store: hidden file",
                "README: not an image (documentation or system file)",
                "about.md: not an image (.md file)",
                "data.bin: not an image (content is neither PNG nor JPEG)",
                "labels.tsv: not an image (.tsv file)",
                "meta.json: not an image (.json file)",
                "notes.txt: not an image (.txt file)",
            ],
            manifest["ignored"]!.Select(i => $"{i["source"]}: {i["reason"]}"));
    }

    [Fact]
    public void Should_Not_Read_Subfolders_Unless_Recursive()
    {
        // Given
        using var harness = new PreprocessHarness();
        var png = Fixtures.Png(PngColorType.Grayscale, PngBitDepth.Bit8);
        Fixtures.Save<L8>(harness.SourcePath("top.png"), png);
        Directory.CreateDirectory(harness.SourcePath("more"));
        Fixtures.Save<L8>(harness.SourcePath("more/inner one.png"), png);

        // When
        var flat = harness.Run();

        // Then
        Assert.Equal(["0001-top.png"], harness.OutputNames());
        Assert.Equal("more/: subfolder not read (set preprocess.recursive=true to read it)",
            $"{flat["ignored"]![0]!["source"]}: {flat["ignored"]![0]!["reason"]}");

        // When
        Directory.Delete(Path.Combine(harness.OutDir, "images"), recursive: true);
        harness.Stage.Set("preprocess.recursive", true);
        var deep = harness.Run();

        // Then
        Assert.Equal(["0001-more-inner-one.png", "0002-top.png"], harness.OutputNames());
        Assert.Equal("more/inner one.png", (string)deep["images"]![0]!["source"]!);
    }

    [Fact]
    public void Should_List_Hidden_Folders_Once_And_Never_Enter_Them_Even_When_Recursive()
    {
        using var harness = new PreprocessHarness();
        harness.Stage.Set("preprocess.recursive", true);
        Fixtures.Save<L8>(harness.SourcePath("face.png"), Fixtures.Png(PngColorType.Grayscale, PngBitDepth.Bit8));
        Directory.CreateDirectory(harness.SourcePath(".git/objects"));
        File.WriteAllText(harness.SourcePath(".git/objects/x.png"), "not read");

        var manifest = harness.Run();

        Assert.Equal([".git/: hidden folder, not read"], manifest["ignored"]!.Select(i => $"{i["source"]}: {i["reason"]}"));
    }

    [Fact]
    public void Should_Rotate_Jpeg_By_Its_Exif_Orientation()
    {
        // Given: a 40x20 landscape photo tagged "rotate 90 degrees clockwise" is portrait once oriented.
        using var harness = new PreprocessHarness();
        harness.Stage.Set("preprocess.fit", "stretch");
        using (var image = Fixtures.Drawing(40, 20))
        {
            image.Metadata.ExifProfile = new ExifProfile();
            image.Metadata.ExifProfile.SetValue(ExifTag.Orientation, (ushort)6);
            image.Save(harness.SourcePath("phone.jpg"), new SixLabors.ImageSharp.Formats.Jpeg.JpegEncoder { Quality = 95 });
        }

        // When
        var manifest = harness.Run();

        // Then: the horizontal bar became vertical.
        Assert.Contains("EXIF orientation 6 applied: 20x40", manifest["images"]![0]!["steps"]!.Select(s => (string)s!));
        using var output = harness.Output("0001-phone.png");
        Assert.True(output[16, 3].PackedValue < 60 && output[3, 16].PackedValue > 200);
    }
}
