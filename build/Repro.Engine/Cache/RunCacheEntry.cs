namespace Repro.Engine.Cache;

/// <summary>What one key produced: the out listing and the provenance of the run that produced it, and the
/// profile that run was for (what gc names when the entry is superseded; null in entries older than it).</summary>
internal sealed record RunCacheEntry(string Key, string Instance, OutListing Outs, IReadOnlyDictionary<string, string> Provenance,
    string? Profile = null)
{
    public JObject ToJson()
    {
        var json = new JObject
        {
            ["key"] = Key,
            ["instance"] = Instance,
            ["outs"] = new JArray(Outs.Outs.Keys),
            ["files"] = FileListing.ToJson(Outs.Files),
            ["provenance"] = JObject.FromObject(Provenance),
        };
        if (Profile is not null) json["profile"] = Profile;
        return json;
    }

    public static RunCacheEntry FromJson(JObject json) => new(
        (string)json["key"]!,
        (string)json["instance"]!,
        new OutListing(json["outs"]!.Select(o => (string)o!).ToList(), FileListing.FromJson((JObject)json["files"]!)),
        ((JObject)json["provenance"]!).Properties().ToDictionary(p => p.Name, p => (string)p.Value!, StringComparer.Ordinal),
        (string?)json["profile"]);

    /// <summary>"train@run3 in profile quick", as gc names a superseded entry.</summary>
    public string Describe => $"{Instance} in profile {Profile ?? "(not recorded)"}";
}
