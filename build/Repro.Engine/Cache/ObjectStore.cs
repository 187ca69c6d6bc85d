namespace Repro.Engine.Cache;

/// <summary>Content-addressed file objects: .repro/cache/objects/ab/cdef... named by their xxh128. An object
/// is trusted only after its bytes hash to its name; a corrupt one is deleted and treated as a miss.</summary>
internal sealed class ObjectStore
{
    private readonly string _root;
    private readonly ContentHasher _hasher = new();

    public ObjectStore(string root) => _root = root;

    public string PathOf(string hash) => Path.Combine(_root, hash[..2], hash[2..]);

    public bool Has(string hash) => File.Exists(PathOf(hash));

    /// <summary>Present and hashing to its name (through the stat cache: an object is immutable, so it is read
    /// once); what the planner checks before it promises a restore.</summary>
    public bool IsIntact(string hash, TreeHasher hasher) => Has(hash) && hasher.Hash(PathOf(hash)).Hash == hash;

    /// <summary>Adds <paramref name="source"/> (already hashed) unless an intact copy is present: temp file, then
    /// rename (replacing a damaged one).</summary>
    public void Add(string source, string hash, TreeHasher? verifier = null)
    {
        var target = PathOf(hash);
        if (File.Exists(target) && (verifier is null || IsIntact(hash, verifier))) return;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = $"{target}.{Guid.NewGuid():N}.tmp";
        try
        {
            if (_hasher.CopyAndHash(source, temp) != hash) throw new IOException($"'{source}' changed while it was being cached");
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Moves a downloaded file in as object <paramref name="hash"/> if its bytes hash to that name;
    /// false (the file left for the caller to delete) when they do not.</summary>
    public bool AddVerified(string file, string hash)
    {
        if (new ContentHasher().HashFile(file) != hash) return false;
        var target = PathOf(hash);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(file, target, overwrite: true);
        return true;
    }

    /// <summary>Copies object <paramref name="hash"/> to <paramref name="target"/>, checking its bytes on the
    /// way. False (and the corrupt object removed) when it is missing or does not hash to its name.</summary>
    public bool TryRestore(string hash, string target)
    {
        var source = PathOf(hash);
        if (!File.Exists(source)) return false;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (_hasher.CopyAndHash(source, target) == hash) return true;
        File.Delete(target);
        File.Delete(source);
        return false;
    }
}
