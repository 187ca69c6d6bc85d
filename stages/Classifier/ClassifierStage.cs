using System.Globalization;
using Newtonsoft.Json.Linq;
using Repro.Classifier.Faces;
using Repro.Classifier.Params;
using Repro.Classifier.Training;
using Repro.Contract;
using Repro.DataGen.Faces;
using Repro.Gan.Classifier;
using Repro.Gan.Runtime;
using Repro.StageHost;

namespace Repro.Classifier;

/// <summary>The classifier stage: renders a family of labelled faces with Repro.DataGen (not the embedded 176),
/// fits the face classifier on them and measures its accuracy on held-out faces of that family and on the
/// embedded dataset's own faces. Writes classifier.pt (weights) and classifier.json (heads, accuracies, loss
/// per epoch), which sample reads to build its domain feature space.</summary>
internal static class ClassifierStage
{
    /// <summary>Noise strength of the degraded renders, in [0, 1] pixel units.</summary>
    private const double MaxNoise = 0.15;

    public static void Run(StageContext context)
    {
        var p = ClassifierParams.From(context);
        var numerics = CpuNumerics.Apply(CpuNumerics.Portable);   // before the first tensor operation
        var threads = TorchRuntime.ConfigureThreads(p.Threads);
        context.SetProvenance("numerics", numerics.Class);
        context.SetProvenance("threads", threads);
        context.SetProvenance("torchsharp", TorchRuntime.TorchSharpVersion);
        context.SetProvenance("libtorch", TorchRuntime.LibTorchVersion);

        var family = Family(p.Seed);
        var started = DateTime.UtcNow;
        var training = LabelledFaces.Render(family, 0, p.Faces, p.Size, MaxNoise, context.Cancellation);
        var heldOut = LabelledFaces.Render(family, p.Faces, p.HeldOut, p.Size, MaxNoise, context.Cancellation);
        var embedded = LabelledFaces.Render(FaceDataset.Seed, 0, FaceDataset.Count, p.Size, 0, context.Cancellation);
        Console.WriteLine(Invariant($"classifier: rendered {p.Faces} + {p.HeldOut} held-out faces at {p.Size} px in {(DateTime.UtcNow - started).TotalSeconds:F1} s"));

        var classes = FaceAttributes.Heads.Select(h => h.Classes.Length).ToArray();
        var losses = new List<double>();
        using var model = ClassifierTraining.Fit(training, p.Size, classes, p.Epochs, p.BatchSize, p.Lr, p.Seed, (epoch, loss) =>
        {
            losses.Add(loss);
            Console.WriteLine(Invariant($"classifier: epoch {epoch}/{p.Epochs}  loss {loss:F4}"));
        }, context.Cancellation);
        var heldOutAccuracy = ClassifierTraining.Accuracy(model, heldOut, p.Size);
        var embeddedAccuracy = ClassifierTraining.Accuracy(model, embedded, p.Size);
        Console.WriteLine("classifier: held-out accuracy " + string.Join(", ",
            FaceAttributes.Heads.Select((h, i) => Invariant($"{h.Name} {heldOutAccuracy[i]:P1}"))));

        model.save(context.OutPath("classifier.pt"));
        CanonicalJson.Write(context.OutPath("classifier.json"), Document(p, family, losses, heldOut, heldOutAccuracy, embeddedAccuracy));
    }

    /// <summary>The face family the classifier learns from: derived from its seed, never the embedded one.</summary>
    private static ulong Family(int seed)
    {
        var family = 0x636C617373696679UL ^ ((ulong)seed * 0x9E3779B97F4A7C15UL);   // "classify"
        return family == FaceDataset.Seed ? family + 1 : family;
    }

    private static JObject Document(ClassifierParams p, ulong family, List<double> losses, LabelledFaces heldOut,
        double[] heldOutAccuracy, double[] embeddedAccuracy)
    {
        JObject PerHead(Func<int, double> value) =>
            new(FaceAttributes.Heads.Select((h, i) => new JProperty(h.Name, Math.Round(value(i), 6))));
        // The accuracy of always answering the commonest class: what a classifier that sees nothing scores.
        double Chance(int head) => heldOut.Labels.GroupBy(l => l[head]).Max(g => g.Count()) / (double)heldOut.Count;
        return new JObject
        {
            ["size"] = p.Size,
            ["featureSize"] = FaceClassifier.FeatureSize,
            ["heads"] = new JArray(FaceAttributes.Heads.Select(h => new JObject { ["name"] = h.Name, ["classes"] = new JArray(h.Classes) })),
            ["family"] = family.ToString("x16", CultureInfo.InvariantCulture),
            ["faces"] = p.Faces,
            ["heldOut"] = p.HeldOut,
            ["embedded"] = FaceDataset.Count,
            ["lossPerEpoch"] = new JArray(losses.Select(l => Math.Round(l, 6))),
            ["accuracy"] = new JObject
            {
                ["heldOut"] = PerHead(i => heldOutAccuracy[i]),
                ["embedded"] = PerHead(i => embeddedAccuracy[i]),
                ["chance"] = PerHead(Chance),
            },
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
