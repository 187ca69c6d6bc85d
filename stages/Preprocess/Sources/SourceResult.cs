using Repro.Preprocess.Imaging;

namespace Repro.Preprocess.Sources;

/// <summary>What became of one candidate file: normalised, ignored (not an image) or invalid (with why).</summary>
internal sealed record SourceResult(SourceFile File, long Length, string Hash)
{
    public NormalisedImage? Image { get; init; }
    public string? IgnoredReason { get; init; }
    public string? InvalidReason { get; init; }
}
