using Repro.Data.Tests.Support;
using Repro.Imaging;
using Repro.Preprocess.Imaging;
using Repro.Preprocess.Params;
using Repro.Preprocess.Sources;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace Repro.Data.Tests.Preprocess;

public sealed class PreprocessFuzzTests
{
    private static readonly PreprocessParams Settings = new()
    {
        Size = 32, Source = "source", Recursive = false, Fit = FitMode.Pad, Background = 255,
        MinSize = 16, OnInvalid = InvalidPolicy.Fail, Denoise = 0, Threshold = 0,
    };

    [Theory]
    [InlineData("photo.jpg")]
    [InlineData("face.png")]
    public void Should_Turn_Any_Corruption_Into_A_Per_File_Reason_Never_A_Crash(string name)
    {
        // Given: 150 copies with 1-8 random bytes overwritten anywhere (header, tables, pixel data).
        using var folder = new TempFolder();
        var original = folder.Combine(name);
        if (name.EndsWith(".jpg", StringComparison.Ordinal)) Fixtures.Save<Rgb24>(original, new JpegEncoder { Quality = 80 }, 64, 48);
        else Fixtures.Save<L8>(original, Codecs.GrayPng, 64, 48);
        var bytes = File.ReadAllBytes(original);
        var random = new SplitMix64(12345);
        var normaliser = new ImageNormaliser(Settings);

        for (var round = 0; round < 150; round++)
        {
            var damaged = (byte[])bytes.Clone();
            for (var k = 0; k <= round % 8; k++)
                damaged[2 + random.Int(damaged.Length - 2)] = (byte)random.NextULong();
            var path = folder.Combine($"damaged-{round}{Path.GetExtension(name)}");
            File.WriteAllBytes(path, damaged);

            // When
            var result = SourceProcessor.Process(new SourceFile(Path.GetFileName(path), path), normaliser);

            // Then: either a normalised image or a reason; any other exception fails the test.
            Assert.True(result.Image is not null ^ result.InvalidReason is not null, $"round {round}");
        }
    }
}
