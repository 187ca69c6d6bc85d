using Repro.Engine.Cache;
using Repro.Engine.Hashing;

namespace Repro.Engine.Tests.Unit;

public sealed class CacheTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("repro-cache-").FullName;

    [Fact]
    public void Should_Treat_A_Corrupt_Object_As_A_Miss_And_Delete_It()
    {
        // Given
        var store = new ObjectStore(Path.Combine(_root, "objects"));
        var source = Path.Combine(_root, "x.txt");
        File.WriteAllText(source, "content");
        var hash = ContentHasher.HashText("content");
        store.Add(source, hash);
        File.WriteAllText(store.PathOf(hash), "tampered");

        // When
        var restored = store.TryRestore(hash, Path.Combine(_root, "out", "x.txt"));

        // Then
        Assert.False(restored);
        Assert.False(store.Has(hash));
        Assert.False(File.Exists(Path.Combine(_root, "out", "x.txt")));
    }

    [Fact]
    public void Should_Restore_A_Valid_Object()
    {
        // Given
        var store = new ObjectStore(Path.Combine(_root, "objects"));
        var source = Path.Combine(_root, "x.txt");
        File.WriteAllText(source, "content");
        store.Add(source, ContentHasher.HashText("content"));

        // When
        var restored = store.TryRestore(ContentHasher.HashText("content"), Path.Combine(_root, "out", "x.txt"));

        // Then
        Assert.True(restored);
        Assert.Equal("content", File.ReadAllText(Path.Combine(_root, "out", "x.txt")));
        Assert.Equal(Path.Combine(_root, "objects", ContentHasher.HashText("content")[..2], ContentHasher.HashText("content")[2..]), store.PathOf(ContentHasher.HashText("content")));
    }

    [Fact]
    public void Should_Treat_A_Damaged_Run_Cache_Entry_As_A_Miss()
    {
        // Given
        var runs = new RunCache(Path.Combine(_root, "runs"));
        var listing = new OutListing(["model.txt"], new Dictionary<string, FileEntry> { ["model.txt"] = new("abc", 3) });
        runs.Add(new RunCacheEntry("k1", "fit@e1", listing, new Dictionary<string, string> { ["cpu"] = "X" }));
        File.WriteAllText(Path.Combine(_root, "runs", "k2.json"), "{ truncated");

        // When
        var good = runs.Find("k1");
        var damaged = runs.Find("k2");

        // Then
        Assert.Equal("fit@e1", good!.Instance);
        Assert.Equal(listing.Hash, good.Outs.Hash);
        Assert.Null(damaged);
        Assert.False(File.Exists(Path.Combine(_root, "runs", "k2.json")));
    }

    [Fact]
    public void Should_Summarise_Folder_Outs_With_File_Counts()
    {
        // Given
        var files = new Dictionary<string, FileEntry>
        {
            ["metrics.csv"] = new("m", 4),
            ["snapshots/001.bin"] = new("a", 2),
            ["snapshots/002.bin"] = new("b", 3),
        };

        // When
        var listing = new OutListing(["metrics.csv", "snapshots"], files);

        // Then
        Assert.Equal(new OutSummary("m", 4, null), listing.Outs["metrics.csv"]);
        Assert.Equal(new OutSummary(TreeHash.ListingHash(listing.FilesUnder("snapshots")), 5, 2), listing.Outs["snapshots"]);
        Assert.Equal(OutListing.HashOf(listing.Outs), listing.Hash);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
