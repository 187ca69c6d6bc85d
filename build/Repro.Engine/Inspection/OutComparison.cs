namespace Repro.Engine.Inspection;

/// <summary>Compares reproduced outs with a lock entry and names each difference by instance and file.</summary>
internal static class OutComparison
{
    public static IEnumerable<string> Compare(string instance, LockEntry locked, OutListing now, bool bitwise, RunCache runs)
    {
        var lockedFiles = runs.Find(locked.Key)?.Outs.Files;
        foreach (var (name, expected) in locked.Outs)
        {
            if (!now.Outs.TryGetValue(name, out var actual))
            {
                yield return $"{instance}: out {name} is missing";
                continue;
            }
            var same = bitwise ? actual.Hash == expected.Hash : actual.Size == expected.Size && actual.Files == expected.Files;
            if (same) continue;
            var what = bitwise ? $"hash {Short(expected.Hash)} (lock) vs {Short(actual.Hash)} (reproduced)" : $"size {expected.Size} (lock) vs {actual.Size} (reproduced)";
            yield return $"{instance}: out {name}: {what}{Files(name, lockedFiles, now, bitwise)}";
        }
    }

    /// <summary>For a folder out, which files differ, when the run-cache still has the locked listing.</summary>
    private static string Files(string name, IReadOnlyDictionary<string, FileEntry>? locked, OutListing now, bool bitwise)
    {
        if (locked is null) return "";
        var prefix = name + "/";
        var changed = locked.Keys.Union(now.Files.Keys).Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
            .Where(k => !locked.TryGetValue(k, out var a) || !now.Files.TryGetValue(k, out var b) || (bitwise ? a.Hash != b.Hash : a.Size != b.Size))
            .Order(StringComparer.Ordinal).ToList();
        return changed.Count == 0 ? "" : $" (files: {string.Join(", ", changed.Take(10))}{(changed.Count > 10 ? ", ..." : "")})";
    }

    private static string Short(string hash) => hash[..8] + "..";
}
