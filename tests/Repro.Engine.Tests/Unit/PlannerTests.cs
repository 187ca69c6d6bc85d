using Repro.Engine.Execution;
using Repro.Engine.Inspection;
using Repro.Engine.Tests.Support;

namespace Repro.Engine.Tests.Unit;

/// <summary>The planner and the settler behind the executor seam, with a fake stage runner: no processes.
/// The property under test is the issue's: what status (and dry-run) says is what run does.</summary>
public sealed class PlannerTests
{
    [Fact]
    public void Should_Run_Everything_Once_Then_Plan_And_Do_Nothing()
    {
        using var workspace = TestWorkspace.Create();
        var runner = new FakeStageRunner();

        var first = workspace.Run(runner);
        var launched = runner.Launches.ToList();
        var status = StatusCommand.Run(workspace.Paths, TestWorkspace.Quick(), check: false, workspace.Console);
        var second = workspace.Run(runner);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(["prep@e1", "aug@e1", "fit@e1", "fit@e2", "report"], launched);   // e2's prep and aug share e1's keys
        Assert.All(status, s => Assert.Equal((InstanceState.UpToDate, "nothing"), (s.State, s.Action)));
        Assert.Equal(launched, runner.Launches);
        Assert.All(second.Report!.Results, r => Assert.Equal(Reporting.Outcome.Cached, r.Outcome));
    }

    [Fact]
    public void Should_Promise_A_Restore_In_Status_And_Restore_Without_A_Launch()
    {
        // Given: fit.factor changed and changed back, so e1's old results are in the cache, not in outputs/
        using var workspace = TestWorkspace.Create();
        var runner = new FakeStageRunner();
        workspace.Run(runner);
        workspace.Run(runner, TestWorkspace.Quick() with { Sets = ["e1.fit.factor=9"] });
        runner.ClearLaunches();

        // When
        var status = StatusCommand.Run(workspace.Paths, TestWorkspace.Quick(), check: false, workspace.Console);
        var (_, report, _) = workspace.Run(runner);

        // Then: the lock records factor 9, so both will change it, without running
        Assert.Equal(("will run", "restore"), Row(status, "fit@e1"));
        Assert.Equal("fit.factor: 9.0 -> 1.5 (restorable from the cache without running)", status.Single(s => s.Instance == "fit@e1").Reason);
        Assert.Equal(("will run", "restore"), Row(status, "report"));
        Assert.Empty(runner.Launches);
        Assert.Equal(Reporting.Outcome.Restored, report!.OutcomeOf("fit@e1"));
        Assert.Equal(Reporting.Outcome.Restored, report.OutcomeOf("report"));
    }

    [Fact]
    public void Should_Not_Promise_A_Restore_From_A_Corrupt_Object()
    {
        // Given: fit@e1's outputs are gone and one of its cache objects is damaged
        using var workspace = TestWorkspace.Create();
        var runner = new FakeStageRunner();
        workspace.Run(runner);
        var hash = Hashing.ContentHasher.HashText(workspace.Read("outputs/fit/e1/model.txt"));
        File.WriteAllText(Path.Combine(workspace.Paths.Objects, hash[..2], hash[2..]), "garbage");
        Directory.Delete(Path.Combine(workspace.Root, "outputs/fit/e1"), recursive: true);
        runner.ClearLaunches();

        // When
        var status = StatusCommand.Run(workspace.Paths, TestWorkspace.Quick(), check: false, workspace.Console);
        var (_, report, _) = workspace.Run(runner);

        // Then: status says run, and run runs (and repairs the object)
        Assert.Equal(("will run", "run"), Row(status, "fit@e1"));
        Assert.Equal("cached objects missing or corrupt", status.Single(s => s.Instance == "fit@e1").Reason);
        Assert.Equal(["fit@e1"], runner.Launches);
        Assert.Equal(Reporting.Outcome.Ran, report!.OutcomeOf("fit@e1"));
        Assert.Equal(workspace.Read("outputs/fit/e1/model.txt"), File.ReadAllText(Path.Combine(workspace.Paths.Objects, hash[..2], hash[2..])));
    }

    [Fact]
    public void Should_Plan_Downstream_Of_A_Run_As_May_Run()
    {
        using var workspace = TestWorkspace.Create();
        workspace.Run(new FakeStageRunner());

        var status = StatusCommand.Run(workspace.Paths, TestWorkspace.Quick() with { Sets = ["e2.fit.factor=4"] }, check: false, workspace.Console);

        Assert.Equal(("will run", "run"), Row(status, "fit@e2"));
        Assert.Equal("fit.factor: 2.0 -> 4.0", status.Single(s => s.Instance == "fit@e2").Reason);
        Assert.Equal(("may run", "may run"), Row(status, "report"));
        Assert.Equal(("up to date", "nothing"), Row(status, "fit@e1"));
    }

    [Fact]
    public void Should_Fail_An_Instance_Whose_Stage_Writes_An_Undeclared_Out_And_Leave_Everything_As_It_Was()
    {
        using var workspace = TestWorkspace.Create();
        workspace.Run(new FakeStageRunner());
        var before = workspace.Snapshot();

        var (exitCode, report, error) = workspace.Run(new FakeStageRunner { Undeclared = "extra.bin" }, TestWorkspace.Quick() with { Sets = ["e1.fit.factor=3"] });

        Assert.Equal(4, exitCode);
        Assert.Equal("fit@e1 wrote undeclared file(s) into its OutDir: extra.bin. Declare them in stage.json \"outs\" or stop writing them.", error);
        Assert.Equal(Reporting.Outcome.Skipped, report!.OutcomeOf("report"));
        workspace.AssertUnchangedSince(before);
    }

    [Fact]
    public void Should_Map_A_Stage_Exit_Code_2_To_Rejected_Input()
    {
        using var workspace = TestWorkspace.Create();

        var (exitCode, _, error) = workspace.Run(new FakeStageRunner { ExitCode = 2 });

        Assert.Equal(2, exitCode);
        Assert.Contains("prep@e1 failed on purpose", error);
        Assert.False(workspace.Exists("pipeline.lock.json"));
    }

    private static (string State, string Action) Row(IReadOnlyList<InstanceStatus> status, string instance)
    {
        var row = status.Single(s => s.Instance == instance);
        return (row.StateText, row.Action);
    }
}
