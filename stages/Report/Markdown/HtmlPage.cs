using System.Net;
using Markdig;

namespace Repro.Report.Markdown;

/// <summary>report.html: the Markdown rendered by Markdig (advanced extensions: tables, heading ids) in a
/// page with a small embedded stylesheet and the snapshot sliders' script; images keep their relative paths. Grids and GIFs of small images
/// are scaled up without smoothing so 32-pixel samples stay legible.</summary>
internal static class HtmlPage
{
    private const string Css = """
        body { font-family: "DejaVu Sans", system-ui, sans-serif; margin: 0; background: #fafafa; color: #222; }
        main { max-width: 1200px; margin: 0 auto; padding: 1.5rem 2rem; background: #fff; }
        h1 { border-bottom: 2px solid #ddd; padding-bottom: .3rem; }
        h2 { border-bottom: 1px solid #eee; margin-top: 2.5rem; }
        table { border-collapse: collapse; margin: 1rem 0; font-size: .9rem; display: block; overflow-x: auto; max-width: 100%; }
        th, td { border: 1px solid #ddd; padding: .3rem .6rem; text-align: left; vertical-align: top; white-space: nowrap; }
        th { background: #f3f3f3; }
        img { max-width: 100%; }
        img[src*="/grids/"], img[src$=".gif"], img[src$="closest-pairs.png"], img[src$="final-sheet.png"], img[src*="contact-sheet"],
        img[src$="interpolation.png"], img[src$="walk.png"] {
          image-rendering: pixelated; min-width: 320px; }
        td img[src*="/grids/"], td img[src$=".gif"] { min-width: 240px; }
        figure.snapshot-slider { margin: 1rem 0; }
        figure.snapshot-slider img { image-rendering: pixelated; width: 480px; max-width: 100%; display: block; }
        figure.snapshot-slider input { width: 480px; max-width: 100%; vertical-align: middle; }
        li { margin: .4rem 0; }
        code { background: #f3f3f3; padding: 0 .2rem; }
        """;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <param name="sliders">Each experiment's snapshot epochs, for its <see cref="SnapshotSlider"/>.</param>
    public static string Render(string title, string markdown, IReadOnlyDictionary<string, IReadOnlyList<int>> sliders)
    {
        var body = SnapshotSlider.Expand(Markdig.Markdown.ToHtml(markdown, Pipeline), sliders);
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" +
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
               $"<title>{WebUtility.HtmlEncode(title)}</title>\n<style>\n{Css}\n</style>\n</head>\n<body>\n<main>\n{body}</main>\n" +
               $"{SnapshotSlider.Script}\n</body>\n</html>\n";
    }
}
