using Repro.Engine.Tests.Support;

namespace Repro.Engine.Tests.EndToEnd;

/// <summary>A dep on one out of an upstream stage (`"out"`): the stage reads only that file, so a change to the
/// upstream's other outs reruns nothing downstream (early cutoff at the file), and a name that is not one of
/// the upstream's outs is rejected before anything runs.</summary>
public sealed class NarrowDepTests
{
    private const string WholeFolder = "\"models\": { \"stage\": \"fit\", \"experiments\": \"all\" }";
    private const string ModelOnly = "\"models\": { \"stage\": \"fit\", \"experiments\": \"all\", \"out\": \"model.txt\" }";

    [Fact]
    public void Should_Not_Rerun_A_Stage_That_Reads_Only_An_Unchanged_Out_Of_A_Rerun_Upstream()
    {
        // Given a report that reads only fit's model.txt
        using var workspace = TestWorkspace.Create();
        workspace.Write("stages/Report/stage.json", workspace.Read("stages/Report/stage.json").Replace(WholeFolder, ModelOnly, StringComparison.Ordinal));
        Assert.Equal(0, workspace.Run().ExitCode);
        var summary = workspace.Read("outputs/report/summary.md");

        // When fit reruns with other snapshot counts (its snapshots folder changes, model.txt does not)
        var (exitCode, report, _) = workspace.Run("fit.snapshots=5");

        // Then fit ran and the report, whose input file is byte-identical, stayed cached
        Assert.Equal(0, exitCode);
        Assert.Equal("prep@e1=cached, prep@e2=cached, aug@e1=cached, aug@e2=cached, fit@e1=ran, fit@e2=ran, report=cached", report.Outcomes());
        Assert.Equal(summary, workspace.Read("outputs/report/summary.md"));
    }

    [Fact]
    public void Should_Rerun_A_Stage_That_Reads_An_Upstreams_Whole_Folder_When_Any_Out_Changes()
    {
        // Given the report as shipped, reading fit's whole output folder
        using var workspace = TestWorkspace.Create();
        Assert.Equal(0, workspace.Run().ExitCode);

        // When fit's snapshots change
        var (exitCode, report, _) = workspace.Run("fit.snapshots=5");

        // Then the report reran
        Assert.Equal(0, exitCode);
        Assert.EndsWith("fit@e1=ran, fit@e2=ran, report=ran", report.Outcomes(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Name_The_Upstreams_Outs_When_A_Dep_Names_An_Out_It_Does_Not_Have()
    {
        using var workspace = TestWorkspace.Create();
        workspace.Write("stages/Report/stage.json", workspace.Read("stages/Report/stage.json")
            .Replace(WholeFolder, ModelOnly.Replace("model.txt", "weights.bin", StringComparison.Ordinal), StringComparison.Ordinal));

        var (exitCode, _, error) = workspace.Run();

        Assert.Equal(2, exitCode);
        Assert.Contains("stage report: dep \"models\" names out \"weights.bin\" of stage \"fit\", which has none; its outs are model.txt, snapshots, metrics.json", error,
            StringComparison.Ordinal);
        Assert.False(workspace.Exists("outputs/fit"));
    }
}
