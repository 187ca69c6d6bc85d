using Repro.StageHost;

namespace Repro.Sample.Params;

/// <summary>The sample.* params, read once (the engine has checked their ranges against stage.json).</summary>
internal sealed record SampleParams(
    int GridColumns,
    int GifDelay,
    int SheetColumns,
    int SheetCount,
    int ClosestPairs,
    int MetricSize,
    int KidSubsets,
    int KidSubsetSize,
    int NdbBins,
    double MemorisationPercentile,
    int ResNetImages,
    int Seed)
{
    public static SampleParams From(StageContext context) => new(
        context.GetInt("sample.gridColumns"),
        context.GetInt("sample.gifDelay"),
        context.GetInt("sample.sheetColumns"),
        context.GetInt("sample.sheetCount"),
        context.GetInt("sample.closestPairs"),
        context.GetInt("sample.metricSize"),
        context.GetInt("sample.kidSubsets"),
        context.GetInt("sample.kidSubsetSize"),
        context.GetInt("sample.ndbBins"),
        context.GetDouble("sample.memorisationPercentile"),
        context.GetInt("sample.resnetImages"),
        context.GetInt("sample.seed"));
}
