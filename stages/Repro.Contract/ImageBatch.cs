using System.Buffers.Binary;
using System.Text;

namespace Repro.Contract;

/// <summary>A batch of 8-bit grayscale images of one size: the exchange format between stages (the training
/// set, snapshot grids, evaluation batches). Layout, all little-endian:
/// 8 bytes ASCII "RPIMG001", int32 count, int32 height, int32 width, then count*height*width bytes, image
/// after image, row-major, 0 = black, 255 = white. No timestamps or padding: equal images, equal bytes.</summary>
public sealed class ImageBatch
{
    public const string Magic = "RPIMG001";
    private const int HeaderSize = 20;

    public ImageBatch(int count, int height, int width, byte[] pixels)
    {
        if (count < 0 || height <= 0 || width <= 0 || pixels.Length != (long)count * height * width)
            throw new ArgumentException($"ImageBatch {count}x{height}x{width} does not match {pixels.Length} bytes");
        Count = count;
        Height = height;
        Width = width;
        Pixels = pixels;
    }

    public int Count { get; }
    public int Height { get; }
    public int Width { get; }
    public byte[] Pixels { get; }
    public int ImageSize => Height * Width;

    public ReadOnlySpan<byte> Image(int index) => Pixels.AsSpan(index * ImageSize, ImageSize);

    public void Write(string path)
    {
        using var stream = File.Create(path);
        Span<byte> header = stackalloc byte[HeaderSize];
        Encoding.ASCII.GetBytes(Magic, header);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], Count);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], Height);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], Width);
        stream.Write(header);
        stream.Write(Pixels);
    }

    public static ImageBatch Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < HeaderSize || Encoding.ASCII.GetString(bytes, 0, 8) != Magic)
            throw new StageInputException($"'{path}' is not an image batch (expected the {Magic} header). Rerun the stage that produced it.");
        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8));
        var height = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(12));
        var width = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(16));
        if (count < 0 || height <= 0 || width <= 0 || bytes.Length - HeaderSize != (long)count * height * width)
            throw new StageInputException($"'{path}' is truncated or corrupt: the header says {count}x{height}x{width}, the file holds {bytes.Length - HeaderSize} pixel bytes.");
        return new ImageBatch(count, height, width, bytes[HeaderSize..]);
    }
}
