namespace Repro.Engine.Inspection;

/// <summary>Compares reproduced outs with a lock entry and names each difference by instance and file.</summary>
internal static class OutComparison
{
    public static IEnumerable<string> Bitwise(string instance, LockEntry locked, OutListing now, RunCache runs)
    {
        var lockedFiles = runs.Find(locked.Key)?.Outs.Files;
        foreach (var (name, expected) in locked.Outs)
        {
            if (!now.Outs.TryGetValue(name, out var actual))
                yield return $"{instance}: out {name} is missing";
            else if (actual.Hash != expected.Hash)
                yield return $"{instance}: out {name}: hash {Short(expected.Hash)} (lock) vs {Short(actual.Hash)} (reproduced){Files(name, lockedFiles, now)}";
        }
    }

    /// <summary>The same outs and, for folders, the same number of files: what can be compared when the bits
    /// cannot (the lock keeps hashes, not contents; sizes of compressed files are no evidence).</summary>
    public static IEnumerable<string> Structure(string instance, LockEntry locked, OutListing now)
    {
        foreach (var (name, expected) in locked.Outs)
        {
            if (!now.Outs.TryGetValue(name, out var actual))
                yield return $"{instance}: out {name} is missing";
            else if (actual.Files != expected.Files)
                yield return $"{instance}: out {name}: {Count(expected.Files)} (lock) vs {Count(actual.Files)} (reproduced)";
        }
    }

    /// <summary>For a folder out, which files differ, when the run-cache still has the locked listing.</summary>
    private static string Files(string name, IReadOnlyDictionary<string, FileEntry>? locked, OutListing now)
    {
        if (locked is null) return "";
        var prefix = name + "/";
        var changed = locked.Keys.Union(now.Files.Keys).Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
            .Where(k => !locked.TryGetValue(k, out var a) || !now.Files.TryGetValue(k, out var b) || a.Hash != b.Hash)
            .Order(StringComparer.Ordinal).ToList();
        return changed.Count == 0 ? "" : $" (files: {string.Join(", ", changed.Take(10))}{(changed.Count > 10 ? ", ..." : "")})";
    }

    private static string Count(int? files) => files is null ? "a file" : $"{files} file(s)";

    private static string Short(string hash) => hash[..8] + "..";
}
