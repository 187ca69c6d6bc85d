namespace Repro.Engine.Cache;

/// <summary>JSON form of a file listing: { "relative/path": { "hash": ..., "size": ... } }.</summary>
internal static class FileListing
{
    public static JObject ToJson(IEnumerable<KeyValuePair<string, FileEntry>> files) =>
        new(files.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new JProperty(f.Key, new JObject { ["hash"] = f.Value.Hash, ["size"] = f.Value.Size })));

    public static SortedDictionary<string, FileEntry> FromJson(JObject json) =>
        new(json.Properties().ToDictionary(p => p.Name, p => new FileEntry((string)p.Value["hash"]!, (long)p.Value["size"]!)),
            StringComparer.Ordinal);
}
