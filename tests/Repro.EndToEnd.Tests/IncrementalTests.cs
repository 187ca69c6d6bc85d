using Repro.EndToEnd.Tests.Harness;

namespace Repro.EndToEnd.Tests;

/// <summary>The reason the product exists: change one condition, rerun only what depends on it; change it
/// back, get the earlier results from the cache without training.</summary>
[Collection(CiPipelineCollection.Name)]
public sealed class IncrementalTests(CiPipelineFixture fixture)
{
    [Fact]
    public void Should_Rerun_Only_Run3_Train_Sample_Best_And_Report_When_Its_LatentDim_Changes_Then_Restore_On_Revert()
    {
        // Given an up-to-date workspace
        using var workspace = fixture.Workspace.Clone();
        var reportBefore = File.ReadAllBytes(workspace.PathOf("outputs", "report", "report.md"));

        // When run3's latent dimension changes
        var changed = workspace.Repro("report", "--profile", "ci", "--set", "run3.train.latentDim=12");

        // Then exactly run3's train, sample and best and the report ran; everything else was cached
        Assert.True(changed.ExitCode == 0, changed.ToString());
        Assert.True(changed.Instances("ran").SequenceEqual(["best@run3", "report", "sample@run3", "train@run3"]), changed.ToString());
        Assert.Equal(13, changed.Instances("cached").Count());   // the classifier among them

        // When the change is reverted
        var reverted = workspace.Repro("report", "--profile", "ci");

        // Then the earlier results come back from the cache without starting any stage
        Assert.True(reverted.ExitCode == 0, reverted.ToString());
        Assert.True(!reverted.Instances("ran").Any(), reverted.ToString());
        Assert.Equal(["best@run3", "report", "sample@run3", "train@run3"], reverted.Instances("restored"));
        Assert.Equal(reportBefore, File.ReadAllBytes(workspace.PathOf("outputs", "report", "report.md")));
    }

    [Fact]
    public void Should_Rerun_Sample_But_Not_The_Best_Generators_When_Only_A_Picture_Param_Changes()
    {
        using var workspace = fixture.Workspace.Clone();
        var best = workspace.Fingerprint("outputs/best");

        var run = workspace.Repro("report", "--profile", "ci", "--set", "sample.gifDelay=20");

        // best reads only sample's metrics.json, which a GIF's frame delay leaves byte-identical: no replay
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(run.Instances("ran").SequenceEqual(["report", "sample@run1", "sample@run2", "sample@run3"]), run.ToString());
        Assert.Equal(["best@run1", "best@run2", "best@run3"], run.Instances("cached").Where(i => i.StartsWith("best@", StringComparison.Ordinal)));
        Assert.Equal(best, workspace.Fingerprint("outputs/best"));
    }

    [Fact]
    public void Should_Rerun_Only_Report_When_A_Report_Param_Changes()
    {
        using var workspace = fixture.Workspace.Clone();

        var run = workspace.Repro("report", "--profile", "ci", "--set", "report.title=Another title");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["report"], run.Instances("ran"));
        Assert.StartsWith("# Another title", File.ReadAllText(workspace.PathOf("outputs", "report", "report.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Rerun_Nothing_When_Params_Are_Reformatted_Or_A_Description_Changes()
    {
        // Given an up-to-date workspace
        using var workspace = fixture.Workspace.Clone();

        // When params.json is reformatted and an experiment's free-text description is edited
        var paramsPath = workspace.PathOf("params.json");
        var conditions = JObject.Parse(File.ReadAllText(paramsPath));
        conditions["experiments"]!["run2"]!["description"] = "edited by a test";
        File.WriteAllText(paramsPath, conditions.ToString(Newtonsoft.Json.Formatting.None));

        // Then nothing reruns
        var run = workspace.Repro("report", "--profile", "ci");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(run.Outcomes.Values.All(outcome => outcome == "cached"), run.ToString());
    }
}
