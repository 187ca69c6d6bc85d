using Repro.Contract;

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
        var candidates = new List<SourceFile>();
        var ignored = new List<IgnoredFile>();
        Walk(folder, "", recursive, candidates, ignored);
        candidates.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        ignored.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new SourceListing(candidates, ignored);
    }

    /// <summary>Lists one folder level; hidden subfolders (.git, .thumbnails) are listed once, never entered.</summary>
    private static void Walk(string folder, string prefix, bool recursive, List<SourceFile> candidates, List<IgnoredFile> ignored)
    {
        foreach (var path in Directory.EnumerateFiles(folder))
        {
            var relative = prefix + Path.GetFileName(path);
            var why = WhyNotAnImage(relative);
            if (why is null) candidates.Add(new SourceFile(relative, path));
            else ignored.Add(new IgnoredFile(relative, why));
        }
        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            var relative = prefix + Path.GetFileName(sub) + "/";
            if (Path.GetFileName(sub).StartsWith('.'))
                ignored.Add(new IgnoredFile(relative, "hidden folder, not read"));
            else if (new DirectoryInfo(sub).LinkTarget is not null)
                ignored.Add(new IgnoredFile(relative, "link to a folder, not followed (copy the images in instead)"));
            else if (!recursive)
                ignored.Add(new IgnoredFile(relative, "subfolder not read (set preprocess.recursive=true to read it)"));
            else
                Walk(sub, relative, recursive, candidates, ignored);
        }
    }

    private static string? WhyNotAnImage(string relative)
    {
        var name = Path.GetFileName(relative);
        if (name.StartsWith('.'))
            return "hidden file";
        var extension = Path.GetExtension(name);
        if (TextExtensions.Contains(extension))
            return $"not an image ({extension.ToLowerInvariant()} file)";
        if (TextNames.Contains(name) || TextNames.Contains(Path.GetFileNameWithoutExtension(name)))
            return "not an image (documentation or system file)";
        return null;
    }
}
