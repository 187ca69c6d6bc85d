using Repro.Engine.Tests.Support;

namespace Repro.Engine.Tests.EndToEnd;

/// <summary>Inputs, targets, experiments, --force and profiles.</summary>
public sealed class SelectionTests
{
    private const string AllRan = "prep@e1=ran, prep@e2=restored, aug@e1=ran, aug@e2=restored, fit@e1=ran, fit@e2=ran, report=ran";

    [Fact]
    public void Should_Rerun_What_Reads_A_Changed_Input_File()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        workspace.TakeStarts();

        // When
        workspace.Write("data/in/b.txt", "BETA changed");
        var (_, report, _) = workspace.Run();

        // Then
        Assert.Equal(AllRan, report.Outcomes());
        Assert.StartsWith("dep source: ", report!.ReasonOf("prep@e1"), StringComparison.Ordinal);
        Assert.EndsWith("(1 file changed)", report!.ReasonOf("prep@e1"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Plan_Only_The_Target_And_Its_Upstream_For_The_Selected_Experiment()
    {
        // Given
        using var workspace = TestWorkspace.Create();

        // When
        var (_, report, _) = workspace.Run(TestWorkspace.Quick() with { Target = "aug", Experiment = "e2" });

        // Then
        Assert.Equal("prep@e2=ran, aug@e2=ran", report.Outcomes());
        Assert.False(workspace.Exists("outputs/fit"));
    }

    [Fact]
    public void Should_Rerun_Only_The_Target_When_Forced()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        workspace.TakeStarts();
        var before = workspace.Snapshot();

        // When
        var (_, report, _) = workspace.Run(TestWorkspace.Quick() with { Target = "fit", Force = true });

        // Then
        Assert.Equal("prep@e1=cached, prep@e2=cached, aug@e1=cached, aug@e2=cached, fit@e1=ran, fit@e2=ran", report.Outcomes());
        Assert.Equal("forced (--force)", report!.ReasonOf("fit@e1"));
        workspace.AssertUnchangedSince(before);
    }

    [Fact]
    public void Should_Keep_One_Lock_Section_Per_Profile()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        var quick = Newtonsoft.Json.Linq.JObject.Parse(workspace.Read("pipeline.lock.json"))["profiles"]!["quick"]!.ToString();

        // When
        var (_, report, _) = workspace.Run(new Execution.RunOptions { Profile = "ci" });

        // Then
        var lockText = workspace.Read("pipeline.lock.json");
        var lockJson = Newtonsoft.Json.Linq.JObject.Parse(lockText);
        Assert.Equal(quick, lockJson["profiles"]!["quick"]!.ToString());
        Assert.Equal(1, (int)lockJson["profiles"]!["ci"]!["aug@e1"]!["params"]!["aug.repeat"]!);
        Assert.Equal("xxh128", (string)lockJson["hash"]!);
        Assert.DoesNotContain("\r", lockText, StringComparison.Ordinal);
        Assert.Equal("prep@e1=cached, prep@e2=cached, aug@e1=ran, aug@e2=restored, fit@e1=ran, fit@e2=ran, report=ran", report.Outcomes());
    }
}
