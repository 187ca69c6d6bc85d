using Repro.StageHost;

namespace Repro.Preprocess.Sources;

/// <summary>Lists the source folder. Extensions decide only what is clearly NOT an image (text, data,
/// documents, hidden files); everything else is a candidate whose content decides its format later, so
/// `.JPG`, `.jpeg`, `.Png` and mislabelled files are all judged by their bytes.</summary>
internal static class SourceScanner
{
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".md", ".markdown", ".rst", ".json", ".jsonl", ".tsv", ".csv", ".yaml", ".yml", ".xml",
        ".html", ".htm", ".pdf", ".doc", ".docx", ".log", ".ini", ".cfg", ".toml", ".py", ".cs", ".sh",
    };

    private static readonly HashSet<string> TextNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "README", "LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS", "CHANGELOG", "Thumbs.db", "desktop.ini",
    };

    public static SourceListing Scan(string folder, bool recursive, string param)
    {
        if (!Directory.Exists(folder))
            throw new StageInputException(File.Exists(folder)
                ? $"The source '{folder}' (param '{param}') is a file, not a folder. Point {param} at a folder of PNG/JPEG images."
                : $"The source folder '{folder}' (param '{param}') does not exist. Create it or point {param} at a folder of PNG/JPEG images.");
        var option = recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
        var candidates = new List<SourceFile>();
        var ignored = new List<IgnoredFile>();
        foreach (var path in Directory.EnumerateFiles(folder, "*", option))
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            var why = WhyNotAnImage(relative);
            if (why is null) candidates.Add(new SourceFile(relative, path));
            else ignored.Add(new IgnoredFile(relative, why));
        }
        if (!recursive)
            ignored.AddRange(Directory.EnumerateDirectories(folder).Select(d =>
                new IgnoredFile(Path.GetFileName(d) + "/", "subfolder not read (set preprocess.recursive=true to read it)")));
        candidates.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        ignored.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new SourceListing(candidates, ignored);
    }

    private static string? WhyNotAnImage(string relative)
    {
        var name = Path.GetFileName(relative);
        if (relative.Split('/').Any(part => part.StartsWith('.')))
            return "hidden file";
        var extension = Path.GetExtension(name);
        if (TextExtensions.Contains(extension))
            return $"not an image ({extension.ToLowerInvariant()} file)";
        if (TextNames.Contains(name) || TextNames.Contains(Path.GetFileNameWithoutExtension(name)))
            return "not an image (documentation or system file)";
        return null;
    }
}
