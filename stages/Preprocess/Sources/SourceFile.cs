namespace Repro.Preprocess.Sources;

/// <summary>A file of the source folder: its path relative to the folder ('/' separators) and on disk.</summary>
internal sealed record SourceFile(string RelativePath, string FullPath)
{
    private static readonly HashSet<string> ImageExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".jpe", ".jfif", ".gif", ".bmp", ".dib", ".tif", ".tiff", ".webp", ".heic",
        ".heif", ".avif", ".tga", ".psd", ".ico", ".pbm", ".pgm", ".ppm", ".jp2", ".svg",
    };

    /// <summary>Whether the name claims to be an image: then unreadable content is an error, not ignored.</summary>
    public bool HasImageExtension => ImageExtensions.Contains(Path.GetExtension(RelativePath));

    /// <summary>The relative path without extension, folders joined by '-', reduced to characters that are
    /// safe in any file system and URL (spaces and others become '-').</summary>
    public string SafeStem
    {
        get
        {
            var stem = Path.ChangeExtension(RelativePath, null).Replace('/', '-');
            var chars = stem.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray();
            var safe = new string(chars).Trim('-', '.');
            return safe.Length == 0 ? "image" : safe;
        }
    }
}
