using Repro.DataGen.Drawing;
using Repro.Imaging;
using SixLabors.ImageSharp;

namespace Repro.DataGen.Faces;

/// <summary>The embedded default dataset: face i is a pure function of (Seed, i), so any subset can be
/// regenerated and compared byte for byte with the committed files.</summary>
internal static class FaceDataset
{
    public const int Count = 176;
    public const int Size = 200;
    public const ulong Seed = 20240601;

    public static string FileName(int index) => $"face-{index + 1:D3}.png";

    public static byte[] RenderPixels(int index) => Render(Seed, index).Pixels;

    /// <summary>Face i of the family <paramref name="seed"/> (the embedded dataset is family <see cref="Seed"/>;
    /// the face classifier learns from other families) with the spec that drew it.</summary>
    public static (byte[] Pixels, FaceSpec Spec) Render(ulong seed, int index)
    {
        var random = new SplitMix64(seed ^ ((ulong)(index + 1) * 0x9E3779B97F4A7C15UL));
        var spec = FaceSpec.Sample(random.Fork(0));
        return (FaceRenderer.Render(spec, random.Fork(1), Size), spec);
    }

    /// <summary>The PNG bytes as committed: 8-bit gray through Repro.Imaging's explicit encoder.</summary>
    public static byte[] RenderPng(int index)
    {
        using var image = GrayImages.FromPixels(RenderPixels(index), Size, Size);
        using var stream = new MemoryStream();
        image.Save(stream, Codecs.GrayPng);
        return stream.ToArray();
    }
}
