using System.Globalization;
using System.Net;
using System.Text;
using Repro.Report.Inputs;

namespace Repro.Report.Markdown;

/// <summary>report.html's snapshot slider: one per experiment, stepping through every snapshot's fixed-latent
/// grid (all copied into assets/EXP/grids/), so a reader scrubs through training instead of waiting for the
/// GIF. report.md keeps the GIF: the Markdown holds only an HTML comment that <see cref="HtmlPage"/> replaces.</summary>
internal static class SnapshotSlider
{
    /// <summary>The page's one script: each slider swaps its image, caption and alt text as it moves.</summary>
    public const string Script = """
        <script>
        document.querySelectorAll('figure.snapshot-slider').forEach(figure => {
          const frames = figure.dataset.frames.split(' '), epochs = figure.dataset.epochs.split(' ');
          const image = figure.querySelector('img'), range = figure.querySelector('input');
          const epoch = figure.querySelector('.slider-epoch'), index = figure.querySelector('.slider-index');
          range.addEventListener('input', () => {
            const i = Number(range.value);
            image.src = frames[i];
            image.alt = `${figure.dataset.experiment} fixed-latent grid, epoch ${epochs[i]}`;
            epoch.textContent = epochs[i];
            index.textContent = String(i + 1);
          });
        });
        </script>
        """;

    private const string MarkerPrefix = "<!-- snapshot-slider: ";

    /// <summary>Copies every grid of <paramref name="e"/> into the assets and returns the Markdown marker.</summary>
    public static string Marker(Experiment e, Assets assets)
    {
        foreach (var snapshot in e.Metrics.Snapshots) ExperimentSection.Grid(e, snapshot.Epoch, assets);
        return $"{MarkerPrefix}{e.Name} -->\n\n";
    }

    /// <summary>The slider's HTML for the experiment a marker names, its frames in epoch order.</summary>
    public static string Html(string experiment, IReadOnlyList<int> epochs)
    {
        var frames = epochs.Select(epoch => Assets.Link(string.Create(CultureInfo.InvariantCulture, $"{experiment}/grids/grid-{epoch:D6}.png"))).ToList();
        var last = epochs.Count - 1;
        var name = WebUtility.HtmlEncode(experiment);
        return new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<figure class=\"snapshot-slider\" id=\"slider-{name}\" data-experiment=\"{name}\" ")
            .Append(CultureInfo.InvariantCulture, $"data-frames=\"{string.Join(' ', frames)}\" data-epochs=\"{string.Join(' ', epochs)}\">\n")
            .Append(CultureInfo.InvariantCulture, $"<img src=\"{frames[last]}\" alt=\"{name} fixed-latent grid, epoch {epochs[last]}\">\n")
            .Append(CultureInfo.InvariantCulture, $"<figcaption><input type=\"range\" min=\"0\" max=\"{last}\" value=\"{last}\" step=\"1\" aria-label=\"{name} snapshot\"> ")
            .Append(CultureInfo.InvariantCulture, $"{name}: epoch <span class=\"slider-epoch\">{epochs[last]}</span> (snapshot <span class=\"slider-index\">{last + 1}</span> of {epochs.Count}); ")
            .Append("drag to step through the fixed-latent grids</figcaption>\n</figure>\n")
            .ToString();
    }

    /// <summary>Replaces every marker in rendered HTML by its slider.</summary>
    public static string Expand(string html, IReadOnlyDictionary<string, IReadOnlyList<int>> epochsByExperiment)
    {
        foreach (var (experiment, epochs) in epochsByExperiment)
            html = html.Replace($"{MarkerPrefix}{experiment} -->", Html(experiment, epochs), StringComparison.Ordinal);
        return html;
    }
}
