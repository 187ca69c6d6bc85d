using System.Buffers.Binary;
using Newtonsoft.Json.Linq;

namespace Repro.Report.Inputs;

/// <summary>What the report says about an experiment's training set: image count and size (from dataset.bin's
/// header), the source folder and the augment params (from manifest.json, whatever it records), and the
/// contact sheet.</summary>
internal sealed record DatasetInfo(int Count, int Size, string Source, JObject Params, string ContactSheet)
{
    public static DatasetInfo Load(string folder)
    {
        Span<byte> header = stackalloc byte[20];
        using (var stream = File.OpenRead(Path.Combine(folder, "dataset.bin"))) stream.ReadExactly(header);
        var count = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        var size = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        var manifestPath = Path.Combine(folder, "manifest.json");
        var manifest = File.Exists(manifestPath) ? JObject.Parse(File.ReadAllText(manifestPath)) : [];
        return new DatasetInfo(count, size, FindSource(manifest) ?? "not recorded in the augment manifest",
            manifest["params"] as JObject ?? [], Path.Combine(folder, "contact-sheet.png"));
    }

    /// <summary>The first string property named "source" or "*.source", depth first.</summary>
    private static string? FindSource(JToken token) => token switch
    {
        JObject o => o.Properties().Select(p =>
            (p.Name == "source" || p.Name.EndsWith(".source", StringComparison.Ordinal)) && p.Value.Type == JTokenType.String
                ? (string?)p.Value : FindSource(p.Value)).FirstOrDefault(s => s is not null),
        JArray a => a.Select(FindSource).FirstOrDefault(s => s is not null),
        _ => null,
    };
}
