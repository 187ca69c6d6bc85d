using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace Repro.Data.Tests.Support;

/// <summary>Writes small test images in every pixel format the preprocess stage accepts (and some it
/// refuses). The drawing is a white sheet with a black bar across the middle, so any format decodes to
/// recognisable content.</summary>
internal static class Fixtures
{
    public static string CmykJpeg => Path.Combine(AppContext.BaseDirectory, "Fixtures", "cmyk.jpg");

    public static Image<Rgba32> Drawing(int width = 40, int height = 40)
    {
        var image = new Image<Rgba32>(width, height, new Rgba32(255, 255, 255, 255));
        for (var y = height / 3; y < 2 * height / 3; y++)
            for (var x = 0; x < width; x++)
                image[x, y] = new Rgba32(0, 0, 0, 255);
        return image;
    }

    public static void Save<TPixel>(string path, IImageEncoder encoder, int width = 40, int height = 40) where TPixel : unmanaged, IPixel<TPixel>
    {
        using var drawing = Drawing(width, height);
        using var image = drawing.CloneAs<TPixel>();
        image.Save(path, encoder);
    }

    public static PngEncoder Png(PngColorType color, PngBitDepth depth, bool interlaced = false) => new()
    {
        ColorType = color,
        BitDepth = depth,
        InterlaceMethod = interlaced ? PngInterlaceMode.Adam7 : PngInterlaceMode.None,
    };

    /// <summary>Writes one file per accepted kind into the folder; returns name -> expected manifest pixelFormat.</summary>
    public static IReadOnlyDictionary<string, string> WriteEveryKind(string folder)
    {
        Save<L8>(Path.Combine(folder, "gray8.png"), Png(PngColorType.Grayscale, PngBitDepth.Bit8));
        Save<L16>(Path.Combine(folder, "gray16.png"), Png(PngColorType.Grayscale, PngBitDepth.Bit16));
        Save<La16>(Path.Combine(folder, "grayalpha.png"), Png(PngColorType.GrayscaleWithAlpha, PngBitDepth.Bit8));
        Save<Rgb24>(Path.Combine(folder, "rgb.png"), Png(PngColorType.Rgb, PngBitDepth.Bit8));
        Save<Rgba32>(Path.Combine(folder, "rgba.png"), Png(PngColorType.RgbWithAlpha, PngBitDepth.Bit8));
        Save<Rgba32>(Path.Combine(folder, "palette.png"), Png(PngColorType.Palette, PngBitDepth.Bit8));
        Save<L8>(Path.Combine(folder, "interlaced.png"), Png(PngColorType.Grayscale, PngBitDepth.Bit8, interlaced: true));
        Save<L8>(Path.Combine(folder, "onebit.png"), Png(PngColorType.Grayscale, PngBitDepth.Bit1));
        Save<Rgb24>(Path.Combine(folder, "photo.jpg"), new JpegEncoder { Quality = 90, ColorType = JpegColorType.YCbCrRatio420 });
        Save<L8>(Path.Combine(folder, "grayphoto.jpg"), new JpegEncoder { Quality = 90, ColorType = JpegColorType.Luminance });
        File.Copy(CmykJpeg, Path.Combine(folder, "cmyk.jpg"));
        return new Dictionary<string, string>
        {
            ["cmyk.jpg"] = "CMYK (YCCK-coded)",
            ["gray16.png"] = "gray 16-bit",
            ["gray8.png"] = "gray 8-bit",
            ["grayalpha.png"] = "gray+alpha 8-bit",
            ["grayphoto.jpg"] = "gray",
            ["interlaced.png"] = "gray 8-bit interlaced",
            ["onebit.png"] = "gray 1-bit",
            ["palette.png"] = "palette 8-bit",
            ["photo.jpg"] = "YCbCr 4:2:0",
            ["rgb.png"] = "RGB 8-bit",
            ["rgba.png"] = "RGBA 8-bit",
        };
    }

    public static void WriteGif(string path) => Save<Rgba32>(path, new GifEncoder());

    public static void WriteBmp(string path) => Save<Rgba32>(path, new BmpEncoder());

    /// <summary>A valid PNG whose header claims the given size: signature, IHDR, a tiny IDAT, IEND, with
    /// correct CRCs, so only the dimension cap can refuse it.</summary>
    public static byte[] PngClaiming(int width, int height)
    {
        using var stream = new MemoryStream();
        stream.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth; colour type 0 (gray), compression, filter, interlace 0
        WriteChunk(stream, "IHDR", header);
        WriteChunk(stream, "IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        WriteChunk(stream, "IEND", []);
        return stream.ToArray();
    }

    private static void WriteChunk(Stream stream, string type, byte[] data)
    {
        var buffer = new byte[12 + data.Length];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(buffer, data.Length);
        System.Text.Encoding.ASCII.GetBytes(type, buffer.AsSpan(4));
        data.CopyTo(buffer, 8);
        var crc = System.IO.Hashing.Crc32.HashToUInt32(buffer.AsSpan(4, 4 + data.Length));
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(8 + data.Length), crc);
        stream.Write(buffer);
    }
}
