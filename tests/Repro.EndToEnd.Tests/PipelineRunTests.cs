using Repro.EndToEnd.Tests.Harness;

namespace Repro.EndToEnd.Tests;

/// <summary>The whole pipeline on the ci profile: a first run makes everything, a second does nothing.</summary>
[Collection(CiPipelineCollection.Name)]
public sealed class PipelineRunTests(CiPipelineFixture fixture)
{
    private static readonly string[] Stages = ["preprocess", "augment", "train", "sample", "best"];
    private static readonly string[] Experiments = ["run1", "run2", "run3"];

    // The report's own outputs (changes.md is the engine's note about the latest run, rewritten every run).
    private static readonly string[] Products = ["outputs/report/report.md", "outputs/report/report.html", "outputs/report/assets", "outputs/train", "outputs/sample", "outputs/best"];

    [Fact]
    public void Should_Run_Every_Stage_Instance_Of_The_Three_Experiments_On_A_Fresh_Workspace()
    {
        // Given a fresh copy of the repository (the fixture's first run)
        var run = fixture.FirstRun;

        // Then every stage instance ran or was restored from an identical sibling, and the report exists
        Assert.True(run.ExitCode == 0, run.ToString());
        var expected = Stages.SelectMany(stage => Experiments.Select(exp => $"{stage}@{exp}")).Append("classifier").Append("report").Order(StringComparer.Ordinal);
        Assert.Equal(expected, run.Outcomes.Keys.Order(StringComparer.Ordinal));
        Assert.All(run.Outcomes.Values, outcome => Assert.Contains(outcome, new[] { "ran", "restored" }));
        Assert.Equal("restored", run.Outcomes["preprocess@run2"]); // identical keys share one cache entry
        Assert.Equal("restored", run.Outcomes["augment@run2"]);    // run1 and run2 augment alike
        Assert.Equal("ran", run.Outcomes["augment@run3"]);         // run3 flips
        Assert.True(File.Exists(fixture.Workspace.PathOf("outputs", "report", "report.md")));
    }

    [Fact]
    public void Should_Be_All_Cached_And_Leave_The_Lock_Byte_Identical_On_A_Second_Run()
    {
        // Given a workspace the pipeline has just run in
        using var workspace = fixture.Workspace.Clone();
        var lockBefore = File.ReadAllBytes(workspace.PathOf("pipeline.lock.json"));
        var outputsBefore = workspace.Fingerprint(Products);

        // When it runs again
        var run = workspace.Repro("report", "--profile", "ci");

        // Then nothing ran and nothing changed
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(run.Outcomes.Values.All(outcome => outcome == "cached"), run.ToString());
        Assert.Equal(lockBefore, File.ReadAllBytes(workspace.PathOf("pipeline.lock.json")));
        Assert.Equal(outputsBefore, workspace.Fingerprint(Products));
    }

    [Fact]
    public void Should_Reference_Only_Images_That_Exist_In_The_Report()
    {
        var report = fixture.Workspace.PathOf("outputs", "report", "report.md");
        var markdown = File.ReadAllText(report);
        var images = System.Text.RegularExpressions.Regex.Matches(markdown, @"!\[[^\]]*\]\(([^)]+)\)").Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(images);
        Assert.All(images, image => Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(report)!, image)), $"missing {image}"));
        Assert.All(Experiments, exp => Assert.Contains($"assets/{exp}/progress.gif", markdown, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Show_The_Best_Snapshots_Replayed_Generator_Beside_The_Final_One()
    {
        // On the ci profile run2's best snapshot is epoch 3 of 4: the best stage replayed 3 epochs of 11 steps
        var markdown = File.ReadAllText(fixture.Workspace.PathOf("outputs", "report", "report.md"));
        var run2 = markdown[markdown.IndexOf("### run2", StringComparison.Ordinal)..markdown.IndexOf("### run3", StringComparison.Ordinal)];

        Assert.Matches(@"the best snapshot's generator \(`repro generate run2 --snapshot best`\) [\d.]+ MB, remade by replaying 33 steps of training " +
                       @"to epoch 3, and it draws the grid train recorded there bit for bit\.", run2);
        Assert.Contains("| best (epoch 3) | ![run2 best interpolation](assets/run2/best/interpolation.png) | ![run2 best latent walk](assets/run2/best/walk.png) |", run2);
        Assert.Matches(@"\| best \(epoch 3\) \| 256 \|", run2);   // measured on train.finalEvalSamples images, not the eval batch's 64
    }

    [Fact]
    public void Should_Pass_Status_Check_When_Up_To_Date_And_Fail_When_A_Condition_Changes()
    {
        // Given an up-to-date workspace
        using var workspace = fixture.Workspace.Clone();
        Assert.Equal(0, workspace.Repro("status", "--profile", "ci", "--check").ExitCode);

        // When run1's latent dimension is edited in params.json
        var paramsPath = workspace.PathOf("params.json");
        var conditions = JObject.Parse(File.ReadAllText(paramsPath));
        conditions["experiments"]!["run1"]!["train"]!["latentDim"] = 7;
        File.WriteAllText(paramsPath, conditions.ToString());

        // Then status --check fails and names train@run1 as will run, with the changed param
        var status = workspace.Repro("status", "--profile", "ci", "--check");
        Assert.NotEqual(0, status.ExitCode);
        Assert.Contains("train@run1", status.Output + status.Error, StringComparison.Ordinal);
        Assert.Contains("train.latentDim", status.Output + status.Error, StringComparison.Ordinal);
    }
}
