using System.Buffers.Binary;
using Repro.EndToEnd.Tests.Harness;

namespace Repro.EndToEnd.Tests;

/// <summary>`repro generate` on the fixture's trained ci pipeline: deterministic for a seed, an interpolation
/// strip, and exact refusals (nothing trained for these conditions, a snapshot that is not kept).</summary>
[Collection(CiPipelineCollection.Name)]
public sealed class GenerateTests(CiPipelineFixture fixture)
{
    [Fact]
    public void Should_Write_The_Same_Images_For_A_Seed_And_Others_For_Another()
    {
        using var workspace = fixture.Workspace.Clone();

        var first = workspace.Repro("generate", "run1", "--profile", "ci", "--count", "9", "--seed", "3", "--out", "gen-a");
        var again = workspace.Repro("generate", "run1", "--profile", "ci", "--count", "9", "--seed", "3", "--out", "gen-b");
        var other = workspace.Repro("generate", "run1", "--profile", "ci", "--count", "9", "--seed", "4", "--out", "gen-c");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(again.ExitCode == 0 && other.ExitCode == 0, again + "\n" + other);
        string[] expected = [.. Enumerable.Range(1, 9).Select(i => $"sample-{i:D3}.png"), "generate.json", "grid.png"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), Names(workspace, "gen-a"));
        foreach (var name in expected) Assert.Equal(Bytes(workspace, "gen-a", name), Bytes(workspace, "gen-b", name));
        Assert.NotEqual(Bytes(workspace, "gen-a", "grid.png"), Bytes(workspace, "gen-c", "grid.png"));
        Assert.Equal((32, 32), PngSize(workspace.PathOf("gen-a", "sample-001.png")));
        Assert.Equal((3 * 32 + 4 * 2, 3 * 32 + 4 * 2), PngSize(workspace.PathOf("gen-a", "grid.png")));   // 3 x 3 with 2-pixel gutters
        var summary = JObject.Parse(File.ReadAllText(workspace.PathOf("gen-a", "generate.json")));
        Assert.Equal(3, (int)summary["epoch"]!);   // run1's last epoch on the ci profile
        Assert.Equal(3, (int)summary["seed"]!);
        Assert.Contains("Generated 9 image(s) from train@run1 (profile ci, seed 3)", first.Output + first.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Write_An_Interpolation_Strip_Between_Two_Samples()
    {
        using var workspace = fixture.Workspace.Clone();

        var run = workspace.Repro("generate", "run3", "--profile", "ci", "--count", "4", "--interpolate", "1,4", "--steps", "6", "--truncation", "1.5");

        Assert.True(run.ExitCode == 0, run.ToString());
        var folder = workspace.PathOf("outputs", "generated", "run3", "seed-0");
        Assert.Equal((6 * 32 + 7 * 2, 32 + 2 * 2), PngSize(Path.Combine(folder, "interpolation-1-4.png")));
        var summary = JObject.Parse(File.ReadAllText(Path.Combine(folder, "generate.json")));
        Assert.Equal("spherical", (string)summary["interpolation"]!["path"]!);
        Assert.Equal(1.5, (double)summary["truncation"]!);
    }

    [Fact]
    public void Should_Exit_2_Saying_What_To_Run_When_The_Experiment_Is_Not_Trained_For_These_Conditions()
    {
        using var fresh = TestWorkspace.FromRepository();
        using var changed = fixture.Workspace.Clone();

        var untrained = fresh.Repro("generate", "run1", "--profile", "ci");
        var otherConditions = changed.Repro("generate", "run2", "--profile", "ci", "--set", "run2.train.seed=99");

        Assert.Equal(2, untrained.ExitCode);
        Assert.Contains("train@run1 has no trained result for profile ci with the current conditions (", untrained.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'repro train --profile ci --experiment run1' first, or 'repro pull train --profile ci' if a remote has it.", untrained.Error, StringComparison.Ordinal);
        Assert.Equal(2, otherConditions.ExitCode);
        Assert.Contains("train@run2 has no trained result for profile ci with the current conditions (", otherConditions.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(fresh.PathOf("outputs", "generated")));
        Assert.False(Directory.Exists(changed.PathOf("outputs", "generated")));
    }

    [Fact]
    public void Should_Draw_From_The_Best_Snapshots_Generator_Which_The_Best_Stage_Replayed()
    {
        // On the ci profile run2's best snapshot by face KID is epoch 3 of 4 (the committed lock says so)
        using var workspace = fixture.Workspace.Clone();
        var best = JObject.Parse(File.ReadAllText(workspace.PathOf("outputs", "best", "run2", "metrics.json")));
        Assert.Equal(3, (int)best["epoch"]!);
        Assert.Equal("replay", (string)best["generator"]!["from"]!);
        Assert.True((bool)best["generator"]!["replayMatchesRecordedGrid"]!);   // the replay reached the run's own weights

        var fromBest = workspace.Repro("generate", "run2", "--profile", "ci", "--snapshot", "best", "--count", "4", "--out", "best");
        var fromFinal = workspace.Repro("generate", "run2", "--profile", "ci", "--count", "4", "--out", "final");

        Assert.True(fromBest.ExitCode == 0, fromBest.ToString());
        Assert.Contains("Generated 4 image(s) from best@run2 (profile ci, seed 0)", fromBest.Output + fromBest.Error, StringComparison.Ordinal);
        var summary = JObject.Parse(File.ReadAllText(workspace.PathOf("best", "generate.json")));
        Assert.Equal((3, "best"), ((int)summary["epoch"]!, (string)summary["snapshot"]!));
        Assert.True(fromFinal.ExitCode == 0, fromFinal.ToString());
        Assert.NotEqual(Bytes(workspace, "best", "grid.png"), Bytes(workspace, "final", "grid.png"));
    }

    [Fact]
    public void Should_Refuse_A_Snapshot_Whose_Generator_Is_Not_Kept_And_Leave_The_Previous_Images()
    {
        using var workspace = fixture.Workspace.Clone();
        Assert.Equal(0, workspace.Repro("generate", "run1", "--profile", "ci", "--count", "2", "--out", "kept").ExitCode);
        var before = workspace.Fingerprint("kept");

        var unknown = workspace.Repro("generate", "run1", "--profile", "ci", "--snapshot", "latest", "--out", "kept");
        var earlier = workspace.Repro("generate", "run1", "--profile", "ci", "--snapshot", "2", "--out", "kept");

        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--snapshot must be final, best or the epoch of one of them, not 'latest' (the final and the best generators are kept)", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, earlier.ExitCode);
        Assert.Contains("--snapshot 2: the generators kept are the final and the best snapshot's (this one is the final, epoch 3); use --snapshot final or --snapshot best", earlier.Error, StringComparison.Ordinal);
        Assert.Equal(before, workspace.Fingerprint("kept"));
        Assert.Empty(Directory.GetDirectories(workspace.Root, "kept.tmp-*"));
    }

    private static IEnumerable<string> Names(TestWorkspace workspace, string folder) =>
        Directory.GetFiles(workspace.PathOf(folder)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    private static byte[] Bytes(TestWorkspace workspace, string folder, string name) => File.ReadAllBytes(workspace.PathOf(folder, name));

    /// <summary>Width and height from a PNG's IHDR chunk.</summary>
    private static (int Width, int Height) PngSize(string file)
    {
        var header = File.ReadAllBytes(file).AsSpan(16, 8);
        return (BinaryPrimitives.ReadInt32BigEndian(header), BinaryPrimitives.ReadInt32BigEndian(header[4..]));
    }
}
