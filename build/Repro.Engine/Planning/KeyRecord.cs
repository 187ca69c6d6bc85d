namespace Repro.Engine.Planning;

/// <summary>The canonical record a stage instance's key is the hash of: stage name, code fingerprint, the
/// resolved params it declares, the content hash of each dep, and its declared outs. The experiment name is
/// not in it, so instances with identical inputs share a key (and one run-cache entry).</summary>
internal sealed record KeyRecord(
    string Stage,
    string Code,
    IReadOnlyDictionary<string, JToken> Params,
    IReadOnlyDictionary<string, string> Deps,
    IReadOnlyList<string> Outs)
{
    public string Key => ContentHasher.HashBytes(CanonicalJson.Bytes(new JObject
    {
        ["stage"] = Stage,
        ["code"] = Code,
        ["params"] = new JObject(Params.Select(p => new JProperty(p.Key, p.Value))),
        ["deps"] = new JObject(Deps.Select(d => new JProperty(d.Key, d.Value))),
        ["outs"] = new JArray(Outs.Order(StringComparer.Ordinal)),
    }));

    /// <summary>The record the lock's entry was keyed on (every key field is in the entry).</summary>
    public static KeyRecord FromLock(string stage, LockEntry entry) =>
        new(stage, entry.Code, entry.Params, entry.Deps.ToDictionary(d => d.Key, d => d.Value.Hash, StringComparer.Ordinal),
            entry.Outs.Keys.ToList());
}
