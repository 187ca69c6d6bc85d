using Repro.Contract;
using Repro.Preprocess.Imaging;
using Repro.Preprocess.Validation;

namespace Repro.Preprocess.Sources;

/// <summary>Reads one candidate and turns it into a <see cref="SourceResult"/>; a bad file becomes a
/// result with a reason (collected with the others), never an exception.</summary>
internal static class SourceProcessor
{
    // No PNG or JPEG within the pixel limits needs more; larger files are refused before being read whole.
    private const long MaxFileBytes = 512L * 1024 * 1024;

    public static SourceResult Process(SourceFile file, ImageNormaliser normaliser)
    {
        var length = new FileInfo(file.FullPath).Length;
        if (length > MaxFileBytes)
        {
            return new SourceResult(file, length, ContentHash.OfFile(file.FullPath))
            {
                InvalidReason = $"too large: {length / (1024 * 1024)} MB; the limit is {MaxFileBytes / (1024 * 1024)} MB (scale it down first)",
            };
        }
        var bytes = File.ReadAllBytes(file.FullPath);
        var result = new SourceResult(file, bytes.Length, ContentHash.Of(bytes));
        try
        {
            var (format, ignore) = SourceTriage.Classify(file, bytes.AsSpan(0, Math.Min(bytes.Length, SourceTriage.HeadLength)), bytes.Length);
            return ignore is not null
                ? result with { IgnoredReason = ignore }
                : result with { Image = normaliser.Normalise(bytes, format) };
        }
        catch (InvalidSourceException e)
        {
            return result with { InvalidReason = e.Reason };
        }
    }
}
