using Repro.Engine.Experiments;
using Repro.Engine.Tests.Support;

namespace Repro.Engine.Tests.EndToEnd;

/// <summary>`repro exp show` and `repro params`: what a user compares and looks up.</summary>
public sealed class ExperimentsTests
{
    [Fact]
    public void Should_Show_The_Conditions_That_Differ_And_Each_Experiments_Metrics()
    {
        // Given a pipeline that has run both experiments
        using var workspace = TestWorkspace.Create();
        workspace.Run();

        // When
        var table = ExpShowCommand.Build(workspace.Paths, TestWorkspace.Quick(), workspace.Console);

        // Then only fit.factor, fit.label and fit.snapshots differ; the score is the fit stage's metric
        Assert.Equal(["fit.factor", "fit.label", "fit.snapshots"], table.Conditions);
        Assert.Equal(["score"], table.Metrics);
        Assert.StartsWith("| e1 | 1.5 | a | 2 | ", Row(table, "e1"), StringComparison.Ordinal);
        Assert.All(table.Rows, row => Assert.NotEqual(ExperimentTable.Missing, row.Metrics.Single()));
        Assert.NotEqual(table.Rows[0].Metrics, table.Rows[1].Metrics); // e2's factor is higher, so is its score
        Assert.All(table.Rows, row => Assert.False(row.Stale));
        Assert.Contains(table.Shared, pair => pair.Key == "aug.repeat" && pair.Value == "3");
    }

    [Fact]
    public void Should_Mark_An_Experiment_Stale_When_Its_Conditions_Changed_Since_Its_Outputs()
    {
        using var workspace = TestWorkspace.Create();
        workspace.Run();

        var table = ExpShowCommand.Build(workspace.Paths, TestWorkspace.Quick() with { Sets = ["e2.fit.factor=3"] }, workspace.Console);

        Assert.False(table.Rows.Single(r => r.Experiment == "e1").Stale);
        Assert.True(table.Rows.Single(r => r.Experiment == "e2").Stale);
        Assert.Contains("e2 (stale)", table.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_List_Every_Param_With_Its_Default_And_What_A_Change_Reruns()
    {
        using var workspace = TestWorkspace.Create();

        var reference = ParamReference.ToMarkdown(workspace.Paths);

        Assert.Contains("| `aug.repeat` | `2` | an integer in 1..10 | aug, fit, report | how often the data repeats |", reference, StringComparison.Ordinal);
        Assert.Contains("| `report.title` | `\"Models\"` | a string | report |", reference, StringComparison.Ordinal);
    }

    private static string Row(ExperimentTable table, string experiment) =>
        table.ToMarkdown().Split('\n').Single(line => line.StartsWith($"| {experiment} ", StringComparison.Ordinal));
}
