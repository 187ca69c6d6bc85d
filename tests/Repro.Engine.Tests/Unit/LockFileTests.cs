using Newtonsoft.Json.Linq;
using Repro.Engine.Cache;
using Repro.Engine.Errors;
using Repro.Engine.Locking;

namespace Repro.Engine.Tests.Unit;

public sealed class LockFileTests : IDisposable
{
    private readonly string _file = Path.Combine(Directory.CreateTempSubdirectory("repro-lock-").FullName, "pipeline.lock.json");

    private static LockEntry Entry(string key) => new(key, "c0de",
        new Dictionary<string, JToken> { ["train.lr"] = 0.0002, ["image.size"] = 64 },
        new Dictionary<string, DepRecord> { ["dataset"] = new("outputs/augment/run1", "d1", 10, 2) },
        new Dictionary<string, OutSummary> { ["metrics.csv"] = new("m1", 5, null), ["snapshots"] = new("s1", 7, 3) },
        new Dictionary<string, string> { ["threads"] = "4", ["cpu"] = "X" });

    [Fact]
    public void Should_Write_Canonical_Json_With_Sorted_Keys_Lf_And_Two_Space_Indent()
    {
        // Given
        var lockFile = LockFile.Load(_file);

        // When
        lockFile.Save("quick", "train@run1", Entry("k1"));

        // Then
        var text = File.ReadAllText(_file);
        Assert.StartsWith("{\n  \"hash\": \"xxh128\",\n  \"profiles\": {\n    \"quick\": {\n      \"train@run1\": {\n        \"code\": \"c0de\",", text, StringComparison.Ordinal);
        Assert.Contains("\"params\": {\n          \"image.size\": 64,\n          \"train.lr\": 0.0002\n        },", text, StringComparison.Ordinal);
        Assert.EndsWith("  \"schema\": 1\n}\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Round_Trip_Byte_Identically_And_Not_Rewrite_An_Unchanged_Entry()
    {
        // Given
        LockFile.Load(_file).Save("quick", "train@run1", Entry("k1"));
        var before = File.ReadAllBytes(_file);
        var mtime = File.GetLastWriteTimeUtc(_file);
        File.SetLastWriteTimeUtc(_file, mtime.AddMinutes(-5));

        // When
        var reloaded = LockFile.Load(_file);
        reloaded.Save("quick", "train@run1", reloaded.Find("quick", "train@run1")!);

        // Then
        Assert.Equal(before, File.ReadAllBytes(_file));
        Assert.Equal(mtime.AddMinutes(-5), File.GetLastWriteTimeUtc(_file));
    }

    [Theory]
    [InlineData("{ \"schema\": 9, \"hash\": \"xxh128\" }", "is incompatible with this repro: schema 9, this repro reads schema 1.")]
    [InlineData("{ \"schema\": 1, \"hash\": \"md5\" }", "is incompatible with this repro: hash \"md5\", this repro uses xxh128.")]
    [InlineData("{ \"schema\": 1, \"hash\": \"xxh128\", \"profiles\": { \"q\": { \"x\": { \"key\": 1 } } } }", "an entry is malformed")]
    [InlineData("{ not json", "Cannot read")]
    public void Should_Fail_With_Exit_3_On_An_Unreadable_Or_Incompatible_Lock(string text, string expected)
    {
        // Given
        File.WriteAllText(_file, text);

        // When
        var error = Assert.Throws<ReproException>(() => LockFile.Load(_file));

        // Then
        Assert.Equal(3, error.ExitCode);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);
}
