using System.Text;
using Repro.Report.Inputs;

namespace Repro.Report.Markdown;

/// <summary>"What changed" (a link to the engine's changes.md) and the metric definitions, as the sample
/// stage wrote them next to the numbers.</summary>
internal static class ClosingSections
{
    public static void WriteChanges(StringBuilder md)
    {
        md.Append("## What changed\n\n");
        md.Append("[changes.md](changes.md) lists which stage instances reran in the last run and why. The engine writes it next to this " +
                  "report after each run; it is not an input of the report, so this page (and its bytes) change only when results do.\n\n");
    }

    public static void WriteDefinitions(StringBuilder md, IReadOnlyList<Experiment> experiments)
    {
        md.Append("## Metric definitions\n\n");
        foreach (var (name, text) in experiments[0].Metrics.Definitions.OrderBy(d => d.Key, StringComparer.Ordinal))
            md.Append($"- **{MarkdownText.Cell(name)}**: {MarkdownText.Cell(text)}\n");
        md.Append("- **D accuracy**: hard-label accuracy (threshold 0.5) of the discriminator on real and on generated images, as train logs it. " +
                  "The seed's accuracy curves were Keras `binary_accuracy` against its (noisy) targets, which a prediction matches only when " +
                  "its rounding equals the target: with run 2's targets (real 0.7-1.2, fake 0-0.3) almost none do, so its curve read near 0%. " +
                  "The two are not comparable.\n\n");
    }
}
