namespace Repro.Engine.Hashing;

/// <summary>Remembers each file's hash against its <see cref="FileStamp"/>, persisted under .repro/state/,
/// so unchanged files are never re-read. A touched file (mtime only) is rehashed once and keeps its hash.</summary>
internal sealed class StatCache
{
    private const string Magic = "RPSTAT01";
    private readonly Dictionary<string, (FileStamp Stamp, string Hash)> _entries = new(StringComparer.Ordinal);
    private readonly string? _file;
    private bool _dirty;

    public StatCache(string? file)
    {
        _file = file;
        if (file is not null && File.Exists(file)) Load(file);
    }

    public int Count => _entries.Count;

    public string? Lookup(string path, FileStamp stamp) =>
        _entries.TryGetValue(path, out var entry) && entry.Stamp == stamp ? entry.Hash : null;

    public void Store(string path, FileStamp stamp, string hash)
    {
        if (_entries.TryGetValue(path, out var old) && old.Stamp == stamp && old.Hash == hash) return;
        _entries[path] = (stamp, hash);
        _dirty = true;
    }

    public void Forget(string pathPrefix)
    {
        foreach (var key in _entries.Keys.Where(k => k.StartsWith(pathPrefix, StringComparison.Ordinal)).ToList())
            _dirty |= _entries.Remove(key);
    }

    public void Save()
    {
        if (!_dirty || _file is null) return;
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(_entries.Count);
            foreach (var (path, (stamp, hash)) in _entries)
            {
                writer.Write(path);
                writer.Write(stamp.Size);
                writer.Write(stamp.MtimeTicks);
                writer.Write(stamp.Inode);
                writer.Write(hash);
            }
        }
        AtomicFile.WriteAllBytes(_file, memory.ToArray());
        _dirty = false;
    }

    private void Load(string file)
    {
        try
        {
            using var reader = new BinaryReader(File.OpenRead(file));
            if (reader.ReadString() != Magic) return;
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var path = reader.ReadString();
                var stamp = new FileStamp(reader.ReadInt64(), reader.ReadInt64(), reader.ReadUInt64());
                _entries[path] = (stamp, reader.ReadString());
            }
        }
        catch (Exception e) when (e is IOException or FormatException)
        {
            _entries.Clear(); // a damaged stat cache only costs a rehash; never trust half of it
        }
    }
}
