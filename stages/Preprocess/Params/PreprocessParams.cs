using Repro.StageHost;

namespace Repro.Preprocess.Params;

/// <summary>The resolved params of one preprocess run, read once before any file is read.</summary>
internal sealed record PreprocessParams
{
    /// <summary>Sources beyond these are invalid, judged from the header before any pixel is decoded.</summary>
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

    /// <summary>The engine has checked every key's type and range against stage.json's schema.</summary>
    public static PreprocessParams From(StageContext context) => new()
    {
        Size = context.GetInt("image.size"),
        Source = context.GetString("preprocess.source"),
        Recursive = context.GetBool("preprocess.recursive"),
        Fit = context.GetEnum<FitMode>("preprocess.fit"),
        Background = (byte)context.GetInt("preprocess.background"),   // the schema's range is a byte's
        MinSize = context.GetInt("preprocess.minSize"),
        OnInvalid = context.GetEnum<InvalidPolicy>("preprocess.onInvalid"),
        Denoise = context.GetInt("preprocess.denoise"),
        Threshold = context.GetInt("preprocess.threshold"),
    };

    /// <summary>The source folder as the engine resolved and hashed it (dep "source" = ${preprocess.source}).</summary>
    public static string SourceFolder(StageContext context) => Path.GetFullPath(context.Dep("source"));
}
