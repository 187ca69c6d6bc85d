using Repro.Engine.Tests.Support;

namespace Repro.Engine.Tests.EndToEnd;

/// <summary>Bad params and broken definitions are reported completely, by name, before anything runs.</summary>
public sealed class DefinitionErrorTests
{
    [Fact]
    public void Should_Name_Key_Location_And_Allowed_Values_For_Bad_Params()
    {
        // Given
        var bad = TestPipeline.Params
            .Replace("\"repeat\": 2", "\"repeat\": 11, \"repaet\": 1", StringComparison.Ordinal)
            .Replace("\"label\": \"b\"", "\"label\": \"z\"", StringComparison.Ordinal)
            .Replace("\"snapshots\": 3", "\"snapshots\": \"three\"", StringComparison.Ordinal)
            .Replace("\"title\": \"Models\"", "\"title\": \"Models\" }, \"trian\": { \"x\": 1", StringComparison.Ordinal);
        using var workspace = TestWorkspace.Create(bad);

        // When
        var (exitCode, _, error) = workspace.Run();

        // Then
        Assert.Equal(2, exitCode);
        Assert.Null(workspace.TakeStarts().FirstOrDefault());
        Golden.Verify("bad-params", error!);
    }

    [Theory]
    [InlineData("fit.factor=abc", "--set fit.factor=abc: fit.factor = \"abc\" is not allowed: expected a number in 0..100 (score multiplier)")]
    [InlineData("fit.factr=1", "--set fit.factr=1: no param \"fit.factr\" in any stage's schema; known params are aug.repeat, fit.factor, fit.fail, fit.label, fit.notes, fit.sleep, fit.snapshots, fit.undeclared, prep.fail, prep.sleep, prep.source, prep.suffix, prep.undeclared, report.title")]
    [InlineData("e9.fit.factor=1", "--set e9.fit.factor=1: no experiment \"e9\"; experiments are e1, e2")]
    [InlineData("fit.factor", "--set fit.factor: expected section.key=value or EXPERIMENT.section.key=value")]
    public void Should_Reject_A_Bad_Set_With_What_Is_Allowed(string set, string expected)
    {
        // Given
        using var workspace = TestWorkspace.Create();

        // When
        var (exitCode, _, error) = workspace.Run(set);

        // Then
        Assert.Equal(2, exitCode);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Should_Name_Every_Bad_Resource_Field_Of_A_Stage_Json()
    {
        // Given: an unknown field, a negative count, and a param that is not an int of fit's schema
        using var workspace = TestWorkspace.Create();
        Unit.SchedulerTests.DeclareFitResources(workspace, """{ "cpus": "${fit.label}", "gpus": -1, "disk": 5 }""");

        // When
        var (exitCode, _, error) = workspace.Run();

        // Then
        Assert.Equal(2, exitCode);
        Assert.Contains("stages/Fit/stage.json: \"resources\" has unknown field \"disk\"; allowed fields are cpus, gpus, memoryMB, timeMinutes", error, StringComparison.Ordinal);
        Assert.Contains("stages/Fit/stage.json: resources.cpus \"${fit.label}\" names no int param of this stage's schema", error, StringComparison.Ordinal);
        Assert.Contains("stages/Fit/stage.json: resources.gpus must be a whole number (0 or more) or \"${section.key}\" (an int param's value)", error, StringComparison.Ordinal);
        Assert.Empty(workspace.TakeStarts());
    }

    [Fact]
    public void Should_Reject_A_Generator_That_Is_Not_One_Of_The_Outs()
    {
        using var workspace = TestWorkspace.Create();
        var fit = Newtonsoft.Json.Linq.JObject.Parse(workspace.Read("stages/Fit/stage.json"));
        fit["generator"] = "weights.bin";
        workspace.Write("stages/Fit/stage.json", fit.ToString());

        var (exitCode, _, error) = workspace.Run();

        Assert.Equal(2, exitCode);
        Assert.Contains("stages/Fit/stage.json: \"generator\" \"weights.bin\" is not one of the stage's outs", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Report_Every_Cycle_And_Dangling_Dep_Before_Running()
    {
        // Given: prep reads fit (cycle prep -> aug -> fit -> prep), report reads a stage that does not exist
        using var workspace = TestWorkspace.Create();
        var prep = workspace.Read("stages/Prep/stage.json").Replace("\"source\": { \"path\": \"${prep.source}\" }",
            "\"source\": { \"path\": \"${prep.source}\" }, \"feedback\": { \"stage\": \"fit\" }", StringComparison.Ordinal);
        workspace.Write("stages/Prep/stage.json", prep);
        workspace.Write("stages/Report/stage.json", workspace.Read("stages/Report/stage.json")
            .Replace("\"models\": { \"stage\": \"fit\", \"experiments\": \"all\" }",
                "\"models\": { \"stage\": \"fit\", \"experiments\": \"all\" }, \"extra\": { \"stage\": \"evaluate\" }, \"loop\": { \"stage\": \"report\" }", StringComparison.Ordinal));

        // When
        var (exitCode, _, error) = workspace.Run();

        // Then
        Assert.Equal(2, exitCode);
        Golden.Verify("broken-graph", error!);
    }

    [Fact]
    public void Should_List_The_Choices_For_An_Unknown_Target_Profile_Or_Experiment()
    {
        // Given
        using var workspace = TestWorkspace.Create();

        // When
        var target = workspace.Run(TestWorkspace.Quick() with { Target = "train" }).Error;
        var profile = workspace.Run(new Execution.RunOptions { Profile = "gpu" }).Error;
        var experiment = workspace.Run(TestWorkspace.Quick() with { Experiment = "e3" }).Error;

        // Then
        Assert.Equal("Stage 'train' does not exist. Available stages are: aug, fit, prep, report.", target);
        Assert.Equal("Profile 'gpu' does not exist in params.json. Available profiles are: ci, quick.", profile);
        Assert.Equal("Experiment 'e3' does not exist in params.json. Available experiments are: e1, e2.", experiment);
    }
}
