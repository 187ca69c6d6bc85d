using Newtonsoft.Json;

namespace Repro.Engine.Cache;

/// <summary>key -> what that key produced (.repro/cache/runs/&lt;key&gt;.json), so toggling a param A -> B -> A
/// restores A's outputs without starting the stage. A damaged entry is a miss, deleted.</summary>
internal sealed class RunCache
{
    private readonly string _root;

    public RunCache(string root) => _root = root;

    public RunCacheEntry? Find(string key)
    {
        var file = Path.Combine(_root, key + ".json");
        if (!File.Exists(file)) return null;
        var entry = Parse(File.ReadAllText(file));
        if (entry?.Key == key) return entry;
        if (entry is null) File.Delete(file);
        return null;
    }

    /// <summary>An entry from its JSON text, or null when the text is not one.</summary>
    public static RunCacheEntry? Parse(string text)
    {
        try
        {
            return RunCacheEntry.FromJson((JObject)Json.Parse(text));
        }
        catch (Exception e) when (e is JsonException or InvalidCastException or NullReferenceException or ArgumentException)
        {
            return null;
        }
    }

    public void Add(RunCacheEntry entry) =>
        AtomicFile.WriteAllText(Path.Combine(_root, entry.Key + ".json"), CanonicalJson.Serialize(entry.ToJson()));
}
