using Repro.Engine.Hashing;
using Repro.Engine.Reporting;

namespace Repro.Engine.Tests.Unit;

public sealed class HashingTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("repro-hash-").FullName;

    [Fact]
    public void Should_Hash_A_Directory_As_Its_Sorted_Listing_Of_Relative_Paths_And_File_Hashes()
    {
        // Given
        Write("b.txt", "bee");
        Write("sub/a.txt", "ay");
        var hasher = new TreeHasher(new StatCache(null), new SilentConsole());

        // When
        var tree = hasher.Hash(_root);

        // Then
        var expected = ContentHasher.HashText($"b.txt\t{ContentHasher.HashText("bee")}\nsub/a.txt\t{ContentHasher.HashText("ay")}\n");
        Assert.Equal(expected, tree.Hash);
        Assert.Equal(5, tree.Size);
        Assert.Equal(["b.txt", "sub/a.txt"], tree.Files.Keys);
    }

    [Fact]
    public void Should_Not_Reread_Unchanged_Files_And_Rehash_Touched_Ones_To_The_Same_Hash()
    {
        // Given: a persisted stat cache from an earlier process
        Write("data/x.bin", "payload");
        var state = Path.Combine(_root, "stat-cache.bin");
        var first = new TreeHasher(new StatCache(state), new SilentConsole());
        var before = first.Hash(Path.Combine(_root, "data")).Hash;
        first.StatCache.Save();

        // When
        var second = new TreeHasher(new StatCache(state), new SilentConsole());
        var unchanged = second.Hash(Path.Combine(_root, "data")).Hash;
        var readUnchanged = second.BytesRead;
        File.SetLastWriteTimeUtc(Path.Combine(_root, "data/x.bin"), DateTime.UtcNow.AddHours(1));
        var touched = second.Hash(Path.Combine(_root, "data")).Hash;

        // Then
        Assert.Equal(0, readUnchanged);
        Assert.Equal(7, second.BytesRead);
        Assert.Equal(before, unchanged);
        Assert.Equal(before, touched);
    }

    [Fact]
    public void Should_Notice_A_Same_Size_Edit()
    {
        // Given
        var file = Write("f.txt", "aaaa");
        var hasher = new TreeHasher(new StatCache(null), new SilentConsole());
        var before = hasher.Hash(file).Hash;

        // When
        File.WriteAllText(file, "bbbb");
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));

        // Then
        Assert.NotEqual(before, hasher.Hash(file).Hash);
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
