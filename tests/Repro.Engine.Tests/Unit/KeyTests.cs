using Newtonsoft.Json.Linq;
using Repro.Engine.Cache;
using Repro.Engine.Execution;
using Repro.Engine.Inspection;
using Repro.Engine.Planning;
using static Repro.Engine.Tests.Support.Stages;

namespace Repro.Engine.Tests.Unit;

public sealed class KeyTests
{
    private static KeyRecord Record(long latentDim = 5, string dataset = "3f2a1b2c00000000", string code = "c1") => new("train", code,
        new Dictionary<string, JToken> { ["train.latentDim"] = latentDim, ["image.size"] = 64 },
        new Dictionary<string, string> { ["dataset"] = dataset }, ["metrics.csv", "snapshots"]);

    [Fact]
    public void Should_Not_Depend_On_Dictionary_Or_Outs_Order()
    {
        // Given
        var reordered = new KeyRecord("train", "c1",
            new Dictionary<string, JToken> { ["image.size"] = 64, ["train.latentDim"] = 5 },
            new Dictionary<string, string> { ["dataset"] = "3f2a1b2c00000000" }, ["snapshots", "metrics.csv"]);

        // When / Then
        Assert.Equal(Record().Key, reordered.Key);
        Assert.Matches("^[0-9a-f]{32}$", reordered.Key);
    }

    [Fact]
    public void Should_Change_With_Each_Key_Field()
    {
        // Given
        var keys = new[] { Record().Key, Record(latentDim: 10).Key, Record(dataset: "9c1d").Key, Record(code: "c2").Key };

        // When / Then
        Assert.Equal(4, keys.Distinct().Count());
    }

    [Fact]
    public void Should_Name_Exactly_The_Fields_That_Differ()
    {
        // Given
        var listings = new ListingStore(Directory.CreateTempSubdirectory("repro-keys-").FullName);

        // When
        var changes = KeyDiff.Describe(Record(), Record(latentDim: 10, dataset: "9c1d4e5f00000000", code: "c2"), Stage("train") with { Folder = "/ws/stages/Train" }, listings.Find);

        // Then
        Assert.Equal(["code: Train changed", "train.latentDim: 5 -> 10", "dep dataset: 3f2a1b2c.. -> 9c1d4e5f.."], changes);
        Assert.Equal([KeyDiff.NoEntry], KeyDiff.Describe(null, Record(), Stage("train"), listings.Find));
        Assert.Empty(KeyDiff.Describe(Record(), Record(), Stage("train"), listings.Find));
    }
}
