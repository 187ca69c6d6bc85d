using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing.Processors.Quantization;

namespace Repro.Sample.Images;

/// <summary>The training-progress GIF: one frame per snapshot, looping forever, a fixed delay per frame.
/// A global palette of the 256 grays without dithering keeps gray frames exact and the bytes stable.</summary>
internal static class ProgressGif
{
    private static readonly GifEncoder Encoder = new()
    {
        ColorTableMode = GifColorTableMode.Global,
        Quantizer = new PaletteQuantizer(
            Enumerable.Range(0, 256).Select(g => Color.FromRgb((byte)g, (byte)g, (byte)g)).ToArray(),
            new QuantizerOptions { Dither = null, MaxColors = 256 }),
    };

    /// <summary>Writes the frames (all the same size) with delay in 1/100 s; the frames are disposed.</summary>
    public static void Write(IReadOnlyList<Image<L8>> frames, int delay, string path)
    {
        using var gif = frames[0].Clone();
        gif.Metadata.GetGifMetadata().RepeatCount = 0; // 0 = loop forever
        foreach (var frame in frames.Skip(1)) gif.Frames.AddFrame(frame.Frames.RootFrame);
        // Delays after AddFrame: added frames carry their source's metadata, not the GIF's.
        foreach (var frame in gif.Frames) frame.Metadata.GetGifMetadata().FrameDelay = delay;
        gif.Save(path, Encoder);
        foreach (var frame in frames) frame.Dispose();
    }
}
