using Repro.Engine.Tests.Support;

namespace Repro.Engine.Tests.EndToEnd;

/// <summary>What runs, what is cached and what is restored, with real stage processes.</summary>
public sealed class RunTests
{
    private const string AllRan = "prep@e1=ran, prep@e2=restored, aug@e1=ran, aug@e2=restored, fit@e1=ran, fit@e2=ran, report=ran";
    private const string AllCached = "prep@e1=cached, prep@e2=cached, aug@e1=cached, aug@e2=cached, fit@e1=cached, fit@e2=cached, report=cached";

    [Fact]
    public void Should_Run_Each_Key_Once_And_Restore_Instances_With_The_Same_Key()
    {
        // Given
        using var workspace = TestWorkspace.Create();

        // When
        var (exitCode, report, _) = workspace.Run();

        // Then
        Assert.Equal(0, exitCode);
        Assert.Equal(AllRan, report.Outcomes());
        Assert.Equal("same key as prep@e1", report!.ReasonOf("prep@e2"));
        Assert.Equal(["prep@e1", "aug@e1", "fit@e1", "fit@e2", "report"], workspace.TakeStarts());
        Assert.Equal("# Models\n\n- e1: a 81\n- e2: b 108\n", workspace.Read("outputs/report/summary.md"));
        Assert.Equal("ALPHA!", workspace.Read("outputs/prep/e2/files/a.txt"));
        Assert.True(workspace.Exists("outputs/fit/e2/snapshots/003.txt"));
        Assert.Contains("\"outcome\": \"restored\"", workspace.Read("outputs/.repro/last-run.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Cache_Everything_And_Keep_The_Lock_Byte_Identical_On_A_Second_Run()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        workspace.TakeStarts();
        var before = workspace.Snapshot();

        // When
        var (exitCode, report, _) = workspace.Run();

        // Then
        Assert.Equal(0, exitCode);
        Assert.Equal(AllCached, report.Outcomes());
        Assert.Empty(workspace.TakeStarts());
        workspace.AssertUnchangedSince(before);
    }

    [Fact]
    public void Should_Rerun_Only_Downstream_When_A_Param_Changes()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        workspace.TakeStarts();

        // When
        var (_, report, _) = workspace.Run("e2.fit.factor=3");

        // Then
        Assert.Equal("prep@e1=cached, prep@e2=cached, aug@e1=cached, aug@e2=cached, fit@e1=cached, fit@e2=ran, report=ran", report.Outcomes());
        Assert.Equal("fit.factor: 2.0 -> 3.0", report!.ReasonOf("fit@e2"));
        Assert.Equal(["fit@e2", "report"], workspace.TakeStarts());
        Assert.Contains("| fit@e2 | ran | fit.factor: 2.0 -> 3.0 |", workspace.Read("outputs/report/changes.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Restore_Without_Starting_The_Stage_When_A_Param_Toggles_Back()
    {
        // Given: A, then B
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        var lockA = workspace.Read("pipeline.lock.json");
        workspace.Run("fit.label=b");
        workspace.TakeStarts();

        // When: A again
        var (_, report, _) = workspace.Run();

        // Then
        Assert.Equal("prep@e1=cached, prep@e2=cached, aug@e1=cached, aug@e2=cached, fit@e1=restored, fit@e2=cached, report=restored", report.Outcomes());
        Assert.Empty(workspace.TakeStarts());
        Assert.Equal("a 81\n", workspace.Read("outputs/fit/e1/model.txt"));
        Assert.Equal(lockA, workspace.Read("pipeline.lock.json"));
    }

    [Fact]
    public void Should_Rerun_Nothing_When_Only_Mtimes_Change()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        workspace.TakeStarts();
        var before = workspace.Snapshot();

        // When
        foreach (var file in Directory.EnumerateFiles(workspace.Root, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/.repro/", StringComparison.Ordinal)))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(5));
        var (_, report, _) = workspace.Run();

        // Then
        Assert.Equal(AllCached, report.Outcomes());
        Assert.Empty(workspace.TakeStarts());
        workspace.AssertUnchangedSince(before);
    }

    [Fact]
    public void Should_Rerun_Nothing_When_Params_Are_Reformatted_Or_An_Unused_Key_Changes()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        workspace.TakeStarts();
        var before = workspace.Snapshot();
        var reformatted = Newtonsoft.Json.Linq.JObject.Parse(TestPipeline.Params);
        reformatted["defaults"]!["fit"]!["notes"] = "a key no stage declares";
        reformatted["defaults"]!["fit"]!["factor"] = 1.5; // same value, written as a double
        workspace.Write("params.json", reformatted.ToString(Newtonsoft.Json.Formatting.None));

        // When
        var (_, report, _) = workspace.Run();

        // Then
        Assert.Equal(AllCached, report.Outcomes());
        Assert.Empty(workspace.TakeStarts());
        workspace.AssertUnchangedSince(before);
    }

    [Fact]
    public void Should_Rerun_A_Stage_And_Its_Downstream_Only_When_Its_Code_Changes()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        workspace.TakeStarts();

        // When: the fit stage's build output changes (a new resource next to its dll)
        workspace.Write("stages/Fit/bin/extra.json", "{}");
        File.WriteAllText(Path.Combine(workspace.Root, "stages/Prep/bin/TestStages.pdb"), "a pdb never counts");
        var (_, report, _) = workspace.Run();

        // Then
        Assert.Equal("prep@e1=cached, prep@e2=cached, aug@e1=cached, aug@e2=cached, fit@e1=ran, fit@e2=ran, report=cached", report.Outcomes());
        Assert.Equal("code: Fit changed", report!.ReasonOf("fit@e1"));
        Assert.Equal(["fit@e1", "fit@e2"], workspace.TakeStarts());
    }

    [Fact]
    public void Should_Stop_At_An_Upstream_That_Reruns_With_Identical_Outputs()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        workspace.TakeStarts();

        // When: aug's code changes but its output bytes do not
        workspace.Write("stages/Aug/bin/extra.json", "{}");
        var (_, report, _) = workspace.Run();

        // Then
        Assert.Equal("prep@e1=cached, prep@e2=cached, aug@e1=ran, aug@e2=cached, fit@e1=cached, fit@e2=cached, report=cached", report.Outcomes());
        Assert.Equal(["aug@e1"], workspace.TakeStarts());
    }

    [Fact]
    public void Should_Adopt_Outputs_That_Match_The_Lock_When_The_Cache_Is_Gone()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        workspace.TakeStarts();
        var lockText = workspace.Read("pipeline.lock.json");
        Directory.Delete(Path.Combine(workspace.Root, ".repro"), recursive: true);

        // When
        var (_, report, _) = workspace.Run();
        var second = workspace.Run().Report;

        // Then
        Assert.Equal(AllCached, report.Outcomes());
        Assert.Equal("outputs match pipeline.lock.json (cache entry rebuilt)", report!.ReasonOf("fit@e2"));
        Assert.Equal(AllCached, second.Outcomes());
        Assert.Equal("up to date", second!.ReasonOf("fit@e2"));
        Assert.Empty(workspace.TakeStarts());
        Assert.Equal(lockText, workspace.Read("pipeline.lock.json"));
    }
}
