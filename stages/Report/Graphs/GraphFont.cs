namespace Repro.Report.Graphs;

/// <summary>Registers the committed DejaVu Sans with ScottPlot under its own name and makes it the default:
/// without a font ScottPlot draws graphs with no text at all and raises no error (NOTES-PACKAGES.md). A name
/// of our own means a system font of the same name can never be picked instead, so the pixels do not
/// depend on the machine.</summary>
internal static class GraphFont
{
    public const string Name = "Repro DejaVu Sans";
    private static readonly Lock Gate = new();
    private static bool _registered;

    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Fonts", "DejaVuSans.ttf");

    public static void Register()
    {
        lock (Gate)
        {
            if (_registered) return;
            if (!File.Exists(Path))
                throw new FileNotFoundException($"The committed font is missing at '{Path}'. Rebuild the Report project.", Path);
            ScottPlot.Fonts.AddFontFile(Name, Path, bold: false, italic: false);
            ScottPlot.Fonts.AddFontFile(Name, Path, bold: true, italic: false); // titles ask for bold: same face
            ScottPlot.Fonts.Default = Name;
            _registered = true;
        }
    }
}
