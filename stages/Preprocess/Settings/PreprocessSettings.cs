using Repro.Contract;
using Repro.StageHost;

namespace Repro.Preprocess.Settings;

/// <summary>The resolved params of one preprocess run, checked once before any file is read.</summary>
internal sealed record PreprocessSettings
{
    public const int MaxSide = 16384;
    public const long MaxPixels = 100_000_000;

    public required int Size { get; init; }
    public required string Source { get; init; }
    public required bool Recursive { get; init; }
    public required FitMode Fit { get; init; }
    public required byte Background { get; init; }
    public required int MinSize { get; init; }
    public required InvalidPolicy OnInvalid { get; init; }
    public required int Denoise { get; init; }
    public required int Threshold { get; init; }

    public static PreprocessSettings From(StageContext context) => new()
    {
        Size = Ranged(context, "image.size", 8, 1024),
        Source = context.GetString("preprocess.source"),
        Recursive = context.GetBool("preprocess.recursive"),
        Fit = Choice<FitMode>(context, "preprocess.fit"),
        Background = (byte)Ranged(context, "preprocess.background", 0, 255),
        MinSize = Ranged(context, "preprocess.minSize", 1, MaxSide),
        OnInvalid = Choice<InvalidPolicy>(context, "preprocess.onInvalid"),
        Denoise = Ranged(context, "preprocess.denoise", 0, 5),
        Threshold = Ranged(context, "preprocess.threshold", 0, 255),
    };

    /// <summary>The source folder as the engine resolved and hashed it (dep "source" = ${preprocess.source}).</summary>
    public static string SourceFolder(StageContext context) => Path.GetFullPath(context.Dep("source"));

    private static int Ranged(StageContext context, string key, int min, int max)
    {
        var value = context.GetInt(key);
        return value >= min && value <= max
            ? value
            : throw new StageInputException($"Param '{key}' is {value}; it must be between {min} and {max}. Set it in params.json or with --set {key}=VALUE.");
    }

    private static T Choice<T>(StageContext context, string key) where T : struct, Enum
    {
        var value = context.GetString(key);
        var names = Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToArray();
        return names.Contains(value, StringComparer.Ordinal)
            ? Enum.Parse<T>(value, ignoreCase: true)
            : throw new StageInputException($"Param '{key}' is \"{value}\"; allowed values are {string.Join(", ", names.Select(n => $"\"{n}\""))}.");
    }
}
