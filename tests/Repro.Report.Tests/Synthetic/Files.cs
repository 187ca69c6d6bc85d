namespace Repro.Report.Tests.Synthetic;

/// <summary>Folder comparisons for the byte-determinism tests.</summary>
internal static class Files
{
    /// <summary>Relative path ('/') -> bytes of every file under the folder.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) => new(
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    public static void AssertIdentical(string first, string second)
    {
        var a = Snapshot(first);
        var b = Snapshot(second);
        Assert.Equal(a.Keys, b.Keys);
        foreach (var (name, bytes) in a)
            Assert.True(bytes.AsSpan().SequenceEqual(b[name]), $"{name} differs between two runs");
    }

    public static void Keep(string folder, string name)
    {
        if (Environment.GetEnvironmentVariable("REPRO_KEEP") is not { } keep) return;
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(keep, name, Path.GetRelativePath(folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
