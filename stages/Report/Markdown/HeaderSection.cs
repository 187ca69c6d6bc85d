using System.Text;
using Newtonsoft.Json.Linq;
using Repro.Report.Inputs;
using Repro.Report.Observations;

namespace Repro.Report.Markdown;

/// <summary>The title, the profile, the training sets (count, size, source, contact sheet) and the provenance
/// the train stage recorded. No timestamps: the bytes depend only on the inputs.</summary>
internal static class HeaderSection
{
    public static void Write(StringBuilder md, string title, string profile, IReadOnlyList<Experiment> experiments, Assets assets)
    {
        md.Append($"# {title}\n\n");
        md.Append($"Profile: {MarkdownText.Code(profile)}. Experiments: {string.Join(", ", experiments.Select(e => MarkdownText.Code(e.Name)))}.\n\n");
        md.Append("## Dataset\n\n");
        md.Append(MarkdownText.Row(["experiments", "training images", "size", "source", "augment params"])).Append('\n');
        md.Append(MarkdownText.Separator(5)).Append('\n');
        var groups = experiments.GroupBy(e => Identity(e.Dataset)).ToList();
        foreach (var group in groups)
        {
            var d = group.First().Dataset;
            var parameters = string.Join(", ", d.Params.Properties().Select(p => $"{p.Name} = {p.Value.ToString(Newtonsoft.Json.Formatting.None)}"));
            md.Append(MarkdownText.Row([string.Join(", ", group.Select(e => e.Name)), Text.Int(d.Count), $"{d.Size}x{d.Size}",
                MarkdownText.Cell(d.Source), MarkdownText.Cell(parameters)])).Append('\n');
        }
        md.Append('\n');
        foreach (var group in groups.Where(g => File.Exists(g.First().Dataset.ContactSheet)))
        {
            var link = assets.Copy(group.First().Dataset.ContactSheet, $"datasets/{group.First().Name}-contact-sheet.png");
            md.Append($"Contact sheet of the training set of {string.Join(", ", group.Select(e => e.Name))}:\n\n");
            md.Append(MarkdownText.Image($"contact sheet ({group.First().Name})", link)).Append("\n\n");
        }
        WriteProvenance(md, profile, experiments);
    }

    private static string Identity(DatasetInfo d) => $"{d.Count}|{d.Size}|{d.Source}|{d.Params.ToString(Newtonsoft.Json.Formatting.None)}";

    /// <summary>Every top-level scalar of conditions.json besides params (TorchSharp/LibTorch versions, device,
    /// threads, whatever train records), one column per field.</summary>
    private static void WriteProvenance(StringBuilder md, string profile, IReadOnlyList<Experiment> experiments)
    {
        md.Append("## Provenance\n\n");
        var fields = experiments.SelectMany(e => e.Conditions.Properties().Where(p => p.Value is JValue).Select(p => p.Name))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        if (fields.Count > 0)
        {
            md.Append(MarkdownText.Row(["experiment", .. fields])).Append('\n').Append(MarkdownText.Separator(fields.Count + 1)).Append('\n');
            foreach (var e in experiments)
                md.Append(MarkdownText.Row([e.Name, .. fields.Select(f => MarkdownText.Cell(e.Conditions[f] is JValue v ? v.ToString(Newtonsoft.Json.Formatting.None).Trim('"') : "—"))])).Append('\n');
            md.Append('\n');
        }
        md.Append($"As recorded by the train stage in each experiment's `conditions.json`. Code fingerprints and the content hashes of every " +
                  $"input and output are in `pipeline.lock.json`, section {MarkdownText.Code(profile)}: the engine records them; stages do not see them.\n\n");
    }
}
