namespace Repro.Engine.Locking;

/// <summary>What pipeline.lock.json records for one stage instance: its key and every field the key is made
/// of (so explain can name the one that changed), the outs, and provenance (recorded, never keyed).</summary>
internal sealed record LockEntry(
    string Key,
    string Code,
    IReadOnlyDictionary<string, JToken> Params,
    IReadOnlyDictionary<string, DepRecord> Deps,
    IReadOnlyDictionary<string, OutSummary> Outs,
    IReadOnlyDictionary<string, string> Provenance,
    IReadOnlyDictionary<string, MetricValue>? Metrics = null)
{
    public JObject ToJson() => WithMetrics(new JObject
    {
        ["key"] = Key,
        ["code"] = Code,
        ["params"] = new JObject(Params.Select(p => new JProperty(p.Key, p.Value))),
        ["deps"] = new JObject(Deps.Select(d => new JProperty(d.Key, Optional(new JObject
        {
            ["path"] = d.Value.Path, ["hash"] = d.Value.Hash, ["size"] = d.Value.Size,
        }, d.Value.Files)))),
        ["outs"] = new JObject(Outs.Select(o => new JProperty(o.Key, Optional(new JObject
        {
            ["hash"] = o.Value.Hash, ["size"] = o.Value.Size,
        }, o.Value.Files)))),
        ["provenance"] = new JObject(Provenance.Select(p => new JProperty(p.Key, p.Value))),
    }, Metrics);

    public static LockEntry FromJson(JObject json) => new(
        (string)json["key"]!,
        (string)json["code"]!,
        Object(json, "params").ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal),
        Object(json, "deps").ToDictionary(p => p.Name, p => new DepRecord((string)p.Value["path"]!, (string)p.Value["hash"]!,
            (long)p.Value["size"]!, (int?)p.Value["files"]), StringComparer.Ordinal),
        Object(json, "outs").ToDictionary(p => p.Name, p => new OutSummary((string)p.Value["hash"]!, (long)p.Value["size"]!,
            (int?)p.Value["files"]), StringComparer.Ordinal),
        Object(json, "provenance").ToDictionary(p => p.Name, p => (string)p.Value!, StringComparer.Ordinal),
        (json["metrics"] as JObject)?.Properties().ToDictionary(p => p.Name, p => MetricValue.FromJson(p.Value), StringComparer.Ordinal));

    /// <summary>Same key and the very same outs: the run reproduced the recorded one.</summary>
    public bool SameResult(string key, IReadOnlyDictionary<string, OutSummary> outs) =>
        Key == key && Outs.Count == outs.Count && Outs.All(o => outs.TryGetValue(o.Key, out var other) && other.Hash == o.Value.Hash);

    private static IEnumerable<JProperty> Object(JObject json, string name) =>
        (json[name] as JObject ?? throw new FormatException($"missing \"{name}\"")).Properties();

    private static JObject WithMetrics(JObject entry, IReadOnlyDictionary<string, MetricValue>? metrics)
    {
        if (metrics is { Count: > 0 }) entry["metrics"] = new JObject(metrics.Select(m => new JProperty(m.Key, m.Value.ToJson())));
        return entry;
    }

    private static JObject Optional(JObject obj, int? files)
    {
        if (files is not null) obj["files"] = files;
        return obj;
    }
}
