using System.Text;
using Repro.Report.Inputs;
using Repro.Report.Observations;

namespace Repro.Report.Markdown;

/// <summary>Which feature space each figure used, how well the face classifier does its job (held-out accuracy
/// against chance) and what each space can and cannot see.</summary>
internal static class FeatureSpaces
{
    public static void Write(StringBuilder md, IReadOnlyList<Experiment> experiments)
    {
        var classifier = experiments[0].Metrics.Classifier;
        md.Append("## Feature spaces\n\n");
        md.Append($"**The Repro face classifier** (KID, FD, precision/recall, density/coverage, attribute histograms, memorisation): a small CNN " +
                  $"the classifier stage trains on faces Repro.DataGen renders with their attributes (a family of faces of its own, never the " +
                  $"176 embedded drawings), at {Text.Int(classifier.Size)}x{Text.Int(classifier.Size)} pixels; its 128 penultimate features are the space. " +
                  "These are \"FD/KID on the Repro face classifier's features\", not FID: no Inception network is involved, and the numbers " +
                  "are comparable only with each other and with their floors.\n\n");
        md.Append(MarkdownText.Row(["attribute", "classes", "held-out accuracy", "always the commonest class", "on the embedded 176 faces"])).Append('\n');
        md.Append(MarkdownText.Separator(5)).Append('\n');
        foreach (var (name, classes) in classifier.Heads)
            md.Append(MarkdownText.Row([name, string.Join(", ", classes), Text.Percent(classifier.HeldOut[name]),
                Text.Percent(classifier.Chance[name]), Text.Percent(classifier.Embedded[name])])).Append('\n');
        md.Append('\n');
        md.Append("It sees what tells these attributes apart in this kind of line drawing: a generator that draws one hair style, or only " +
                  "one expression, shows up in the histograms and in recall and coverage even when its strokes look clean. It cannot see what " +
                  "it was not trained on (blush, line weight, small defects it was made robust to with noise), its attributes are only as " +
                  "reliable as the accuracies above (an attribute it names poorly blurs its histogram towards the classes it confuses), and on " +
                  "your own images, which are not DataGen faces, it is a feature space of the wrong domain.\n\n");
        md.Append(experiments.Any(e => e.Metrics.ResNet18 is not null)
            ? "**ResNet18 on ImageNet** (FD/KID-ResNet18, at the final and best snapshots): the pooled features of a network pretrained on " +
              "photographs, through ONNX Runtime. It knows nothing of faces or line drawings, but it is not tied to this dataset: it is the " +
              "figure to read for your own images.\n\n"
            : "**ResNet18 on ImageNet** (FD/KID-ResNet18) was off for these runs (sample.resnetImages = 0).\n\n");
        md.Append("**The seeded random CNN and the pixels** (the pixel KID, diversity ratio and NDB in metrics.json): an untrained network's " +
                  "160 channel means and raw pixels at the metric size. They see stroke density, ink and noise, not faces: kept because they " +
                  "catch a noisy or blank generator the classifier may still label.\n\n");
    }
}
