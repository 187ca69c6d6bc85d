namespace Repro.Engine.Cache;

/// <summary>What one key produced: the out listing and the provenance of the run that produced it.</summary>
internal sealed record RunCacheEntry(string Key, string Instance, OutListing Outs, IReadOnlyDictionary<string, string> Provenance)
{
    public JObject ToJson() => new()
    {
        ["key"] = Key,
        ["instance"] = Instance,
        ["outs"] = new JArray(Outs.Outs.Keys),
        ["files"] = FileListing.ToJson(Outs.Files),
        ["provenance"] = JObject.FromObject(Provenance),
    };

    public static RunCacheEntry FromJson(JObject json) => new(
        (string)json["key"]!,
        (string)json["instance"]!,
        new OutListing(json["outs"]!.Select(o => (string)o!).ToList(), FileListing.FromJson((JObject)json["files"]!)),
        ((JObject)json["provenance"]!).Properties().ToDictionary(p => p.Name, p => (string)p.Value!, StringComparer.Ordinal));
}
