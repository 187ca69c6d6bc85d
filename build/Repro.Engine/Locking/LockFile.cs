using Newtonsoft.Json;

namespace Repro.Engine.Locking;

/// <summary>pipeline.lock.json: schema version, hash algorithm, one section per profile (a CPU run never
/// overwrites a GPU run's record), one entry per stage instance. Canonical text: sorted keys, LF, 2 spaces.
/// Written by temp file + atomic rename after each stage instance that settles.</summary>
internal sealed class LockFile
{
    public const int SchemaVersion = 1;
    private readonly SortedDictionary<string, SortedDictionary<string, LockEntry>> _profiles = new(StringComparer.Ordinal);
    private readonly string _path;

    private LockFile(string path) => _path = path;

    public LockEntry? Find(string profile, string instance) =>
        _profiles.TryGetValue(profile, out var entries) && entries.TryGetValue(instance, out var entry) ? entry : null;

    /// <summary>Every entry of every profile section.</summary>
    public IEnumerable<LockEntry> AllEntries => _profiles.Values.SelectMany(p => p.Values);

    public IReadOnlyDictionary<string, LockEntry> Profile(string profile) =>
        _profiles.TryGetValue(profile, out var entries) ? entries : new SortedDictionary<string, LockEntry>();

    /// <summary>Records <paramref name="entry"/> and rewrites the file only if its text changed.</summary>
    public void Save(string profile, string instance, LockEntry entry)
    {
        if (!_profiles.TryGetValue(profile, out var entries))
            _profiles[profile] = entries = new SortedDictionary<string, LockEntry>(StringComparer.Ordinal);
        entries[instance] = entry;
        AtomicFile.WriteIfChanged(_path, Serialize());
    }

    public string Serialize() => CanonicalJson.Serialize(new JObject
    {
        ["schema"] = SchemaVersion,
        ["hash"] = ContentHasher.Algorithm,
        ["profiles"] = new JObject(_profiles.Select(p => new JProperty(p.Key,
            new JObject(p.Value.Select(e => new JProperty(e.Key, e.Value.ToJson())))))),
    });

    public static LockFile Load(string path)
    {
        var lockFile = new LockFile(path);
        if (!File.Exists(path)) return lockFile;
        var root = Json.ReadObject(path, LockErrors.Unreadable);
        if ((int?)root["schema"] != SchemaVersion)
            throw LockErrors.Incompatible(path, $"schema {root["schema"]}, this repro reads schema {SchemaVersion}");
        if ((string?)root["hash"] != ContentHasher.Algorithm)
            throw LockErrors.Incompatible(path, $"hash \"{root["hash"]}\", this repro uses {ContentHasher.Algorithm}");
        try
        {
            foreach (var profile in (root["profiles"] as JObject ?? []).Properties())
            {
                lockFile._profiles[profile.Name] = new SortedDictionary<string, LockEntry>(
                    ((JObject)profile.Value).Properties().ToDictionary(p => p.Name, p => LockEntry.FromJson((JObject)p.Value)), StringComparer.Ordinal);
            }
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or NullReferenceException or ArgumentException or JsonException)
        {
            throw LockErrors.Unreadable(path, "an entry is malformed (" + e.Message + ")");
        }
        return lockFile;
    }
}
