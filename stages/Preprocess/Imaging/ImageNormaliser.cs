using Repro.Imaging;
using Repro.Preprocess.Params;
using Repro.Preprocess.Sources;
using Repro.Preprocess.Validation;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Repro.Preprocess.Imaging;

/// <summary>Turns one source file's bytes into a normalised gray square PNG, or throws
/// <see cref="InvalidSourceException"/> with a reason a user can act on. Checks run cheapest first:
/// magic bytes, container integrity, header dimensions (before any pixel is allocated), then decoding.</summary>
internal sealed class ImageNormaliser(PreprocessParams p)
{
    // Images are processed in parallel already: one thread per image inside ImageSharp avoids oversubscription.
    private static readonly Configuration Sequential = CreateSequential();

    /// <summary>Normalises a file already sniffed as PNG or JPEG (see <see cref="SourceTriage"/>).</summary>
    public NormalisedImage Normalise(byte[] bytes, SourceFormat format)
    {
        if (format == SourceFormat.Png) PngIntegrity.Check(bytes);
        else if (format == SourceFormat.Jpeg) JpegIntegrity.Check(bytes);
        else throw new ArgumentException($"Only PNG and JPEG are normalised, not {format}", nameof(format));
        var info = Identify(bytes);
        var isPng = format == SourceFormat.Png;
        var pixelFormat = SourceDescription.PixelFormat(info, bytes, isPng);
        var steps = new List<string>();
        using var rgba = Decode(bytes);
        var orientation = info.Metadata.ExifProfile?.GetValue(ExifTag.Orientation)?.Value ?? 1;
        if (orientation is > 1 and <= 8)
        {
            rgba.Mutate(c => c.AutoOrient());
            steps.Add($"EXIF orientation {orientation} applied: {rgba.Width}x{rgba.Height}");
        }
        var (gray, transparent) = GrayConversion.ToGray(rgba, p.Background);
        if (transparent) steps.Add($"transparency flattened onto gray {p.Background}");
        steps.Add(pixelFormat.StartsWith("gray", StringComparison.Ordinal) && !transparent ? "kept gray" : "converted to gray (BT.709 luma)");
        using var grayImage = GrayImages.FromPixels(gray, rgba.Width, rgba.Height);
        var (square, fitStep) = SquareFit.Fit(grayImage, p.Size, p.Fit, p.Background);
        steps.Add(fitStep);
        if (p.Denoise > 0)
        {
            square = MedianFilter.Apply(square, p.Size, p.Size, p.Denoise);
            steps.Add($"median denoise radius {p.Denoise}");
        }
        if (p.Threshold > 0)
        {
            Levels.ApplyWhitePoint(square, p.Threshold);
            steps.Add($"white point {p.Threshold}");
        }
        return new NormalisedImage(isPng ? "PNG" : "JPEG", pixelFormat, info.Width, info.Height, steps, Encode(square, p.Size));
    }

    private IImageInfo Identify(byte[] bytes)
    {
        IImageInfo? info;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            info = Image.Identify(Sequential, stream);
        }
        catch (Exception e) when (IsDecoderFailure(e))
        {
            throw new InvalidSourceException($"unreadable image header: {Why(e)} (re-export it as PNG or JPEG)");
        }
        if (info is null)
            throw new InvalidSourceException("unreadable image header (re-export it as PNG or JPEG)");
        if (info.Width > PreprocessParams.MaxSide || info.Height > PreprocessParams.MaxSide || (long)info.Width * info.Height > PreprocessParams.MaxPixels)
            throw new InvalidSourceException($"too large: the header says {info.Width}x{info.Height}; the limit is {PreprocessParams.MaxSide} px per side and {PreprocessParams.MaxPixels / 1_000_000} megapixels (scale it down first)");
        if (info.Width < p.MinSize || info.Height < p.MinSize)
            throw new InvalidSourceException($"too small: {info.Width}x{info.Height} is under preprocess.minSize={p.MinSize} px (use a larger image or lower preprocess.minSize)");
        return info;
    }

    private static Image<Rgba32> Decode(byte[] bytes)
    {
        try
        {
            return Image.Load<Rgba32>(Sequential, bytes);
        }
        catch (Exception e) when (IsDecoderFailure(e))
        {
            throw new InvalidSourceException($"cannot be decoded: {Why(e)} (the file is damaged; re-export it as PNG or JPEG)");
        }
    }

    /// <summary>ImageSharp reports damaged data with its own exceptions, but fuzzing showed corrupt JPEGs
    /// also surfacing as NullReferenceException and the like from inside its decoder. These calls touch only
    /// the file's bytes, so any failure but running out of memory is the file's, reported per file.</summary>
    private static bool IsDecoderFailure(Exception e) => e is not (OutOfMemoryException or OperationCanceledException);

    private static string Why(Exception e) =>
        e is ImageFormatException or NotSupportedException ? e.Message : $"the decoder failed ({e.GetType().Name})";

    private static byte[] Encode(byte[] square, int size)
    {
        using var image = GrayImages.FromPixels(square, size, size);
        using var stream = new MemoryStream();
        image.Save(stream, BulkCodecs.GrayPng);
        return stream.ToArray();
    }

    private static Configuration CreateSequential()
    {
        var configuration = Codecs.Decoding.Clone();
        configuration.MaxDegreeOfParallelism = 1;
        return configuration;
    }
}
