namespace Repro.Preprocess.Sources;

/// <summary>A file's format as its first bytes say, whatever its extension claims.</summary>
internal enum SourceFormat
{
    Unknown,
    Empty,
    Png,
    Jpeg,
    Gif,
    Bmp,
    Tiff,
    WebP,
}
