using Repro.Data.Tests.Support;
using Repro.DataGen.Faces;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;

namespace Repro.Data.Tests.Dataset;

public sealed class EmbeddedDatasetTests
{
    private static string Raw(string name) => Path.Combine(RepoRoot.Path, "data", "raw", name);

    public static TheoryData<int> EverySixteenthFace => [.. Enumerable.Range(0, FaceDataset.Count).Where(i => i % 16 == 0 || i == FaceDataset.Count - 1)];

    [Theory]
    [MemberData(nameof(EverySixteenthFace))]
    public void Should_Regenerate_Committed_Faces_Byte_For_Byte(int index) =>
        Assert.Equal(File.ReadAllBytes(Raw(FaceDataset.FileName(index))), FaceDataset.RenderPng(index));

    [Fact]
    public void Should_Ship_176_Opaque_8Bit_Gray_200px_Pngs()
    {
        var files = Directory.GetFiles(Path.Combine(RepoRoot.Path, "data", "raw"), "*.png");

        Assert.Equal(FaceDataset.Count, files.Length);
        Assert.All(files, file =>
        {
            var info = Image.Identify(file);
            var png = info.Metadata.GetPngMetadata();
            Assert.Equal((200, 200), (info.Width, info.Height));
            Assert.Equal((PngColorType.Grayscale, PngBitDepth.Bit8, false), (png.ColorType, png.BitDepth, png.HasTransparency));
        });
        Assert.True(files.Sum(f => new FileInfo(f).Length) < 4_000_000, "data/raw should stay a few MB");
    }

    [Fact]
    public void Should_Draw_Different_Faces_For_Different_Indices() =>
        Assert.Equal(FaceDataset.Count, Enumerable.Range(0, FaceDataset.Count).Select(i => File.ReadAllBytes(Raw(FaceDataset.FileName(i)))).Select(Convert.ToHexString).Distinct().Count());
}
