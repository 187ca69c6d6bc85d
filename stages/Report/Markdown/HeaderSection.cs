using System.Text;
using Newtonsoft.Json.Linq;
using Repro.Report.Inputs;
using Repro.Report.Observations;

namespace Repro.Report.Markdown;

/// <summary>The title, the experiments, the training sets (count, size, source, contact sheet) and the
/// provenance the train stage recorded. No timestamps and no profile name (it is not in report's key): the
/// bytes depend only on the inputs.</summary>
internal static class HeaderSection
{
    public static void Write(StringBuilder md, string title, IReadOnlyList<Experiment> experiments, Assets assets)
    {
        md.Append($"# {title}\n\n");
        md.Append($"Experiments: {string.Join(", ", experiments.Select(e => MarkdownText.Code(e.Name)))}.\n\n");
        md.Append("## Dataset\n\n");
        var groups = experiments.GroupBy(e => Identity(e.Dataset)).ToList();
        var differing = groups.SelectMany(g => g.First().Dataset.Params.Properties().Select(p => p.Name)).Distinct()
            .Where(k => groups.Select(g => g.First().Dataset.Params[k]?.ToString(Newtonsoft.Json.Formatting.None)).Distinct().Count() > 1)
            .Order(StringComparer.Ordinal).ToList();
        md.Append(MarkdownText.Row(["experiments", "training images", "size", "source", .. differing.Select(MarkdownText.Code)])).Append('\n');
        md.Append(MarkdownText.Separator(4 + differing.Count)).Append('\n');
        foreach (var group in groups)
        {
            var d = group.First().Dataset;
            md.Append(MarkdownText.Row([string.Join(", ", group.Select(e => e.Name)), Text.Int(d.Count), $"{d.Size}x{d.Size}",
                MarkdownText.Cell(d.Source), .. differing.Select(k => MarkdownText.Cell(d.Params[k]?.ToString(Newtonsoft.Json.Formatting.None) ?? "—"))])).Append('\n');
        }
        md.Append('\n');
        foreach (var group in groups.Where(g => File.Exists(g.First().Dataset.ContactSheet)))
        {
            var link = assets.Copy(group.First().Dataset.ContactSheet, $"datasets/{group.First().Name}-contact-sheet.png");
            md.Append($"Contact sheet of the training set of {string.Join(", ", group.Select(e => e.Name))}:\n\n");
            md.Append(MarkdownText.Image($"contact sheet ({group.First().Name})", link)).Append("\n\n");
        }
        WriteProvenance(md, experiments);
    }

    private static string Identity(DatasetInfo d) => $"{d.Count}|{d.Size}|{d.Source}|{d.Params.ToString(Newtonsoft.Json.Formatting.None)}";

    /// <summary>What train recorded besides params (runtime: TorchSharp/LibTorch versions, device, threads;
    /// model and dataset facts), one row per field, one column per experiment.</summary>
    private static void WriteProvenance(StringBuilder md, IReadOnlyList<Experiment> experiments)
    {
        md.Append("## Provenance\n\n");
        var facts = experiments.Select(e => Facts(e.Conditions)).ToList();
        var fields = facts.SelectMany(f => f.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        if (fields.Count > 0)
        {
            md.Append(MarkdownText.Row(["recorded by train", .. experiments.Select(e => e.Name)])).Append('\n');
            md.Append(MarkdownText.Separator(experiments.Count + 1)).Append('\n');
            foreach (var field in fields)
                md.Append(MarkdownText.Row([MarkdownText.Code(field), .. facts.Select(f => MarkdownText.Cell(f.GetValueOrDefault(field, "—")))])).Append('\n');
            md.Append('\n');
        }
        md.Append("From each experiment's `conditions.json`. Code fingerprints and the content hashes of every input and output are in " +
                  "`pipeline.lock.json`, in the section of the profile this report was built for (`changes.md` names it): the engine " +
                  "records them; stages do not see them.\n\n");
    }

    /// <summary>Every scalar of conditions.json outside "params", by dotted path ("runtime.device").</summary>
    private static SortedDictionary<string, string> Facts(JObject conditions)
    {
        var facts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in conditions.Descendants().OfType<JValue>())
            if (!value.Path.StartsWith("params", StringComparison.Ordinal))
                facts[value.Path] = value.ToString(Newtonsoft.Json.Formatting.None).Trim('"');
        return facts;
    }
}
