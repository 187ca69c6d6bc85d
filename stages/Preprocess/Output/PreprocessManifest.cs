using Newtonsoft.Json.Linq;
using Repro.Contract;
using Repro.Preprocess.Sources;
using Repro.StageHost;

namespace Repro.Preprocess.Output;

/// <summary>manifest.json: the resolved params, counts, and per source file what became of it (output
/// name, SHA-256, original format and size, steps), plus ignored and skipped files with reasons.
/// Paths are relative (to the source folder and to the stage output): no machine paths.</summary>
internal static class PreprocessManifest
{
    public static JObject Build(StageContext context, IReadOnlyList<(SourceResult Result, string Output)> images,
        IReadOnlyList<IgnoredFile> ignored, IReadOnlyList<SourceResult> skipped)
    {
        var parameters = new JObject();
        foreach (var (key, value) in context.AllParams())
            parameters[key] = value.DeepClone();
        return new JObject
        {
            ["stage"] = "preprocess",
            ["params"] = parameters,
            ["hash"] = ContentHash.Algorithm,
            ["counts"] = new JObject
            {
                ["images"] = images.Count,
                ["ignored"] = ignored.Count,
                ["skipped"] = skipped.Count,
            },
            ["images"] = new JArray(images.Select(i => Image(i.Result, i.Output))),
            ["ignored"] = new JArray(ignored.Select(f => new JObject { ["source"] = f.RelativePath, ["reason"] = f.Reason })),
            ["skipped"] = new JArray(skipped.Select(s => new JObject
            {
                ["source"] = s.File.RelativePath,
                ["contentHash"] = s.Hash,
                ["bytes"] = s.Length,
                ["reason"] = s.InvalidReason,
            })),
        };
    }

    private static JObject Image(SourceResult result, string output)
    {
        var image = result.Image!;
        return new JObject
        {
            ["output"] = output,
            ["source"] = result.File.RelativePath,
            ["contentHash"] = result.Hash,
            ["bytes"] = result.Length,
            ["format"] = image.Format,
            ["pixelFormat"] = image.PixelFormat,
            ["width"] = image.Width,
            ["height"] = image.Height,
            ["steps"] = new JArray(image.Steps),
        };
    }
}
