using Newtonsoft.Json;

namespace Repro.Engine.Cache;

/// <summary>Per-file listings of directory deps by their hash (.repro/cache/listings/&lt;hash&gt;.json), so
/// explain can say how many files of a dep changed since the lock was written.</summary>
internal sealed class ListingStore
{
    private readonly string _root;

    public ListingStore(string root) => _root = root;

    public void Add(string hash, IEnumerable<KeyValuePair<string, FileEntry>> files)
    {
        var file = Path.Combine(_root, hash + ".json");
        if (!File.Exists(file)) AtomicFile.WriteAllText(file, CanonicalJson.Serialize(FileListing.ToJson(files)));
    }

    public SortedDictionary<string, FileEntry>? Find(string hash)
    {
        var file = Path.Combine(_root, hash + ".json");
        try
        {
            return File.Exists(file) ? FileListing.FromJson((JObject)Json.Parse(File.ReadAllText(file))) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
