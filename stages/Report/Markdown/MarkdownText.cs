namespace Repro.Report.Markdown;

/// <summary>Small Markdown builders: escaped table cells, images, table rows.</summary>
internal static class MarkdownText
{
    public static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    public static string Image(string alt, string path) => $"![{Cell(alt)}]({path})";

    public static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";

    public static string Separator(int columns) => "|" + string.Concat(Enumerable.Repeat("---|", columns));

    public static string Code(string text) => $"`{text.Replace("`", "'", StringComparison.Ordinal)}`";
}
