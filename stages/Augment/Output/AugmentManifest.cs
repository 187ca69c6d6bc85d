using Newtonsoft.Json.Linq;
using Repro.Contract;
using Repro.StageHost;

namespace Repro.Augment.Output;

/// <summary>manifest.json: resolved params, counts, the order rule, the file format, what the contact
/// sheet shows, and for every image of the set its source (relative to the preprocess output), the
/// source's SHA-256 and the transform applied.</summary>
internal static class AugmentManifest
{
    public static JObject Build(StageContext context, TrainingSet set, int available, int chosen, IReadOnlyList<string> augmentations)
    {
        var parameters = new JObject();
        foreach (var (key, value) in context.AllParams())
            parameters[key] = value.DeepClone();
        var batch = set.Batch;
        return new JObject
        {
            ["stage"] = "augment",
            ["params"] = parameters,
            ["dataset"] = new JObject
            {
                ["file"] = "dataset.bin",
                ["format"] = $"ImageBatch: ASCII \"{ImageBatch.Magic}\", int32 LE count, height, width, then count*height*width uint8 gray pixels row-major (0 black, 255 white)",
                ["count"] = batch.Count,
                ["height"] = batch.Height,
                ["width"] = batch.Width,
            },
            ["counts"] = new JObject
            {
                ["available"] = available,
                ["chosen"] = chosen,
                ["images"] = batch.Count,
            },
            ["augmentations"] = new JArray(augmentations),
            ["order"] = "the chosen images in preprocess order, then for each augmentation (in the order listed) one copy of every chosen image in the same order",
            ["contactSheet"] = new JObject
            {
                ["file"] = "contact-sheet.png",
                ["columns"] = ContactSheet.Columns,
                ["shown"] = new JArray(ContactSheet.ShownIndices(batch.Count)),
            },
            ["images"] = new JArray(set.Entries.Select((e, i) => new JObject
            {
                ["index"] = i,
                ["source"] = e.Source.RelativePath,
                ["contentHash"] = e.Source.Hash,
                ["transform"] = e.Transform,
            })),
        };
    }
}
