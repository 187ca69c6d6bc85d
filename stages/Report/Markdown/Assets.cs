namespace Repro.Report.Markdown;

/// <summary>The report's assets/ folder: every image the report shows is copied or rendered here, and
/// referenced by a relative path with '/' so the folder can be zipped, committed or posted as it is.</summary>
internal sealed class Assets(string outDir)
{
    public const string Folder = "assets";

    /// <summary>Copies a file to assets/relative and returns the Markdown path.</summary>
    public string Copy(string source, string relative)
    {
        var target = Target(relative);
        File.Copy(source, target, overwrite: true);
        return Link(relative);
    }

    /// <summary>The absolute path to render a new asset to (its folder created).</summary>
    public string Target(string relative)
    {
        var target = Path.Combine(outDir, Folder, relative.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        return target;
    }

    public static string Link(string relative) => $"{Folder}/{relative}";
}
