using Newtonsoft.Json.Linq;
using Repro.Contract;

namespace Repro.Report.Inputs;

/// <summary>A mean and std over the sample stage's training-set splits.</summary>
internal readonly record struct Spread(double Mean, double Std);

/// <summary>One set's figures in the face classifier's feature space (metrics.json "face"): the equal-size
/// comparisons (<see cref="CompareSize"/> images against as many of one training half) and the whole set's
/// attribute histograms and memorisation.</summary>
internal sealed record FaceMetrics(int Images, int CompareSize, Spread Fd, Spread Kid, Spread Precision, Spread Recall,
    Spread Density, Spread Coverage, Spread Divergence, Spread Combinations, int AllCombinations,
    IReadOnlyDictionary<string, int[]> Histograms, double MemorisationShare, int Memorised)
{
    /// <summary>A "face" object of sample's or best's metrics.json (<paramref name="path"/> names the file in errors).</summary>
    public static FaceMetrics Load(JToken t, string path)
    {
        Spread Pair(string name) => new(Get<double>(t, name + "Mean", path), Get<double>(t, name + "Std", path));
        return new(Get<int>(t, "images", path), Get<int>(t, "compareSize", path), Pair("fd"), Pair("kid"), Pair("precision"), Pair("recall"),
            Pair("density"), Pair("coverage"), Pair("divergence"), Pair("combinations"), Get<int>(t, "allCombinations", path),
            ReadHistograms(t, path), Get<double>(t, "memorisationShare", path), Get<int>(t, "memorised", path));
    }

    public static IReadOnlyDictionary<string, int[]> ReadHistograms(JToken t, string path) =>
        Get<JObject>(t, "histograms", path).Properties().ToDictionary(h => h.Name, h => h.Value.Values<int>().ToArray(), StringComparer.Ordinal);

    /// <summary>A value a stage always writes; its absence means the file is from another version.</summary>
    public static T Get<T>(JToken token, string key, string path) => token[key] is { } value && value.Type != JTokenType.Null
        ? value.Value<T>()!
        : throw new StageInputException($"'{path}' has no '{key}' where the stage that wrote it writes one. Rerun that stage.");
}

/// <summary>The classifier as metrics.json describes it: its heads (attribute, classes) and its accuracies.</summary>
internal sealed record ClassifierInfo(int Size, IReadOnlyList<(string Name, string[] Classes)> Heads,
    IReadOnlyDictionary<string, double> HeldOut, IReadOnlyDictionary<string, double> Embedded, IReadOnlyDictionary<string, double> Chance);

/// <summary>FD and KID of one set on ResNet18's ImageNet features.</summary>
internal sealed record ResNetFigures(Spread Fd, Spread Kid);

/// <summary>metrics.json "resnet18": FD/KID-ResNet18 of the final and best snapshots and the floor, or absent when
/// sample.resnetImages is 0.</summary>
internal sealed record ResNetMetrics(int CompareSize, ResNetFigures Final, ResNetFigures Best, ResNetFigures RealVsReal);
