using Repro.Data.Tests.Support;
using Repro.Imaging;
using Repro.Preprocess.Imaging;
using Repro.Preprocess.Params;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace Repro.Data.Tests.Preprocess;

public sealed class PreprocessGeometryTests
{
    private static byte Pixel(PreprocessHarness harness, string name, int x, int y)
    {
        using var image = harness.Output(name);
        return image[x, y].PackedValue;
    }

    [Theory]
    [InlineData(255, 255)]
    [InlineData(0, 0)]
    [InlineData(200, 200)]
    public void Should_Flatten_Transparency_Onto_Background_Before_Converting_To_Gray(int background, int expected)
    {
        // Given: fully transparent BLACK pixels everywhere (converting to gray first would make them black).
        using var harness = new PreprocessHarness();
        harness.Stage.Set("preprocess.background", background);
        using (var image = new Image<Rgba32>(32, 32, new Rgba32(0, 0, 0, 0)))
            image.Save(harness.SourcePath("clear.png"), Fixtures.Png(PngColorType.RgbWithAlpha, PngBitDepth.Bit8));

        // When
        var manifest = harness.Run();

        // Then
        Assert.Equal(expected, Pixel(harness, "0001-clear.png", 16, 16));
        Assert.Contains($"transparency flattened onto gray {background}", manifest["images"]![0]!["steps"]!.Select(s => (string)s!));
    }

    [Fact]
    public void Should_Blend_Half_Transparent_Black_Halfway_To_White()
    {
        using var harness = new PreprocessHarness();
        using (var image = new Image<La16>(32, 32, new La16(0, 128)))
            image.Save(harness.SourcePath("half.png"), Fixtures.Png(PngColorType.GrayscaleWithAlpha, PngBitDepth.Bit8));

        harness.Run();

        Assert.Equal(127, Pixel(harness, "0001-half.png", 16, 16));
    }

    [Fact]
    public void Should_Pad_A_Wide_Image_With_The_Background_Above_And_Below()
    {
        // Given: a black 64x32 image, fitted into 32x32 -> scaled to 32x16, centred, rows 8..23.
        using var harness = new PreprocessHarness();
        harness.Stage.Set("preprocess.background", 200);
        using (var image = new Image<L8>(64, 32, new L8(0)))
            image.Save(harness.SourcePath("wide.png"), Codecs.GrayPng);

        var manifest = harness.Run();

        Assert.Equal([200, 200, 0, 0, 200, 200],
            new[] { 0, 7, 8, 23, 24, 31 }.Select(y => (int)Pixel(harness, "0001-wide.png", 16, y)));
        Assert.Equal("fit pad: Lanczos3 64x32 -> 32x16, padded to 32x32 with gray 200", (string)manifest["images"]![0]!["steps"]![1]!);
    }

    [Fact]
    public void Should_Crop_The_Centre_Of_A_Wide_Image()
    {
        // Given: 64x32, white left and right quarters, black centre half: the centre crop is all black.
        using var harness = new PreprocessHarness();
        harness.Stage.Set("preprocess.fit", "crop");
        using (var image = new Image<L8>(64, 32, new L8(255)))
        {
            for (var y = 0; y < 32; y++)
                for (var x = 16; x < 48; x++)
                    image[x, y] = new L8(0);
            image.Save(harness.SourcePath("wide.png"), Codecs.GrayPng);
        }

        var manifest = harness.Run();

        using var output = harness.Output("0001-wide.png");
        Assert.Equal((32, 32), (output.Width, output.Height));
        Assert.All(new[] { 0, 31 }, x => Assert.Equal(0, output[x, 16].PackedValue));
        Assert.Equal("fit crop: no resampling, centre 32x32 kept", (string)manifest["images"]![0]!["steps"]![1]!);
    }

    [Fact]
    public void Should_Stretch_A_Wide_Image_To_Fill_The_Square()
    {
        // Given: 64x32, black top half, white bottom half: stretched, the halves stay halves.
        using var harness = new PreprocessHarness();
        harness.Stage.Set("preprocess.fit", "stretch");
        using (var image = new Image<L8>(64, 32, new L8(255)))
        {
            for (var y = 0; y < 16; y++)
                for (var x = 0; x < 64; x++)
                    image[x, y] = new L8(0);
            image.Save(harness.SourcePath("wide.png"), Codecs.GrayPng);
        }

        harness.Run();

        Assert.Equal([0, 0, 255, 255], new[] { 0, 12, 19, 31 }.Select(y => (int)Pixel(harness, "0001-wide.png", 5, y)));
        Assert.Equal(0, Pixel(harness, "0001-wide.png", 0, 2));
    }

    [Theory]
    [InlineData(300, 200, "Pad", 64, 64, 43)]
    [InlineData(200, 300, "Pad", 64, 43, 64)]
    [InlineData(300, 200, "Crop", 64, 96, 64)]
    [InlineData(200, 300, "Crop", 64, 64, 96)]
    [InlineData(300, 200, "Stretch", 64, 64, 64)]
    [InlineData(1000, 1, "Pad", 32, 32, 1)]
    public void Should_Scale_To_The_Size_The_Fit_Mode_Needs(int width, int height, string mode, int size, int expectedWidth, int expectedHeight) =>
        Assert.Equal((expectedWidth, expectedHeight), SquareFit.ScaledSize(width, height, size, Enum.Parse<FitMode>(mode)));

    [Fact]
    public void Should_Map_Grays_At_Or_Above_The_White_Point_To_White_And_Stretch_The_Rest()
    {
        byte[] pixels = [0, 100, 199, 200, 230, 255];

        Levels.ApplyWhitePoint(pixels, 200);

        Assert.Equal([0, 128, 254, 255, 255, 255], pixels);
    }

    [Fact]
    public void Should_Remove_Isolated_Specks_With_The_Median_Filter_And_Keep_Lines()
    {
        // Given: white 9x9 with a one-pixel speck and a 3-pixel-wide vertical line.
        var pixels = Enumerable.Repeat((byte)255, 81).ToArray();
        pixels[1 * 9 + 1] = 0;
        for (var y = 0; y < 9; y++)
            for (var x = 5; x < 8; x++)
                pixels[y * 9 + x] = 0;

        var result = MedianFilter.Apply(pixels, 9, 9, 1);

        Assert.Equal(255, result[1 * 9 + 1]);
        Assert.Equal(0, result[4 * 9 + 6]);
        Assert.Equal(255, result[4 * 9 + 3]);
    }

    [Fact]
    public void Should_Apply_Denoise_And_Threshold_When_Set_And_Record_Them()
    {
        using var harness = new PreprocessHarness();
        harness.Stage.Set("preprocess.denoise", 1).Set("preprocess.threshold", 220);
        Fixtures.Save<L8>(harness.SourcePath("a.png"), Codecs.GrayPng);

        var manifest = harness.Run();

        Assert.Equal(["kept gray", "fit pad: Lanczos3 40x40 -> 32x32", "median denoise radius 1", "white point 220"],
            manifest["images"]![0]!["steps"]!.Select(s => (string)s!));
    }
}
