using System.Buffers.Binary;
using Newtonsoft.Json.Linq;

namespace Repro.Report.Inputs;

/// <summary>What the report says about an experiment's training set: image count and size (from dataset.bin's
/// header), the conditions that made it (preprocess and augment params, from their manifests), the source
/// folder, and the contact sheet.</summary>
internal sealed record DatasetInfo(int Count, int Size, string Source, JObject Params, string ContactSheet)
{
    public static DatasetInfo Load(string augmentDir, string preprocessDir)
    {
        Span<byte> header = stackalloc byte[20];
        using (var stream = File.OpenRead(Path.Combine(augmentDir, "dataset.bin"))) stream.ReadExactly(header);
        var count = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        var size = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        var parameters = new JObject();
        parameters.Merge(ManifestParams(preprocessDir));
        parameters.Merge(ManifestParams(augmentDir));
        var source = parameters["preprocess.source"]?.ToString() ?? "not recorded in the preprocess manifest";
        return new DatasetInfo(count, size, source, parameters, Path.Combine(augmentDir, "contact-sheet.png"));
    }

    /// <summary>The "params" object a stage's manifest.json records (empty when absent).</summary>
    private static JObject ManifestParams(string folder)
    {
        var path = Path.Combine(folder, "manifest.json");
        return File.Exists(path) && JObject.Parse(File.ReadAllText(path))["params"] is JObject p ? p : [];
    }
}
