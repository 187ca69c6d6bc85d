using Repro.Engine.Collection;
using Repro.Engine.Inspection;
using Repro.Engine.Reporting;
using Repro.Engine.Tests.Support;

namespace Repro.Engine.Tests.EndToEnd;

/// <summary>`repro gc` on the local cache, with the fake stage runner.</summary>
public sealed class GcTests
{
    private static readonly GcOptions DryRun = new(DryRun: true, AllCommits: false, Grace: TimeSpan.Zero);

    [Fact]
    public void Should_Free_Nothing_Right_After_A_Run()
    {
        using var workspace = TestWorkspace.Create();
        workspace.Run(new FakeStageRunner());

        var lines = GcCommand.Run(workspace.Paths, DryRun, workspace.Console, default);

        Assert.Single(lines);
        Assert.StartsWith("Nothing to free: kept what the 1 lock(s) reach (5 key(s), ", lines[0]);
    }

    [Fact]
    public void Should_List_Exactly_The_Superseded_Results_After_A_Condition_Changed_Then_Delete_Only_Them()
    {
        // Given: fit.factor of e1 changed and the run recorded it, so e1's old fit and the old report are superseded
        using var workspace = TestWorkspace.Create();
        var runner = new FakeStageRunner();
        workspace.Run(runner);
        var oldModel = Hashing.ContentHasher.HashText(workspace.Read("outputs/fit/e1/model.txt"));
        workspace.Run(runner, TestWorkspace.Quick() with { Sets = ["e1.fit.factor=3"] });
        var objects = Path.Combine(workspace.Paths.Objects, oldModel[..2], oldModel[2..]);

        // When
        var listed = GcCommand.Run(workspace.Paths, DryRun, workspace.Console, default);
        var existedAfterDryRun = File.Exists(objects);
        var freed = GcCommand.Run(workspace.Paths, DryRun with { DryRun = false }, workspace.Console, default);
        var existedAfterGc = File.Exists(objects);
        var after = GcCommand.Run(workspace.Paths, DryRun, workspace.Console, default);
        var status = StatusCommand.Run(workspace.Paths, TestWorkspace.Quick() with { Sets = ["e1.fit.factor=3"] }, check: false, workspace.Console);
        var (_, back, _) = workspace.Run(runner, TestWorkspace.Quick());

        // Then
        Assert.StartsWith("Would free ", listed[0]);
        Assert.Contains(" 2 run-cache entries, ", listed[0]);
        Assert.Equal(["fit@e1", "report"], listed.Skip(1).Select(l => l.Trim().Split(' ')[0]).ToArray());
        Assert.StartsWith("  fit@e1 in profile quick (key ", listed[1]);
        Assert.True(existedAfterDryRun);
        Assert.StartsWith("Freed ", freed[0]);
        Assert.False(existedAfterGc);
        Assert.StartsWith("Nothing to free", after[0]);
        Assert.All(status, s => Assert.Equal(InstanceState.UpToDate, s.State));
        Assert.Equal(Outcome.Ran, back!.OutcomeOf("fit@e1"));   // its old result is gone: it recomputes (the same bytes)
        Assert.True(File.Exists(objects));
    }

    [Fact]
    public void Should_Keep_What_Is_Younger_Than_The_Grace_Period()
    {
        using var workspace = TestWorkspace.Create();
        var runner = new FakeStageRunner();
        workspace.Run(runner);
        workspace.Run(runner, TestWorkspace.Quick() with { Sets = ["e1.fit.factor=3"] });

        var lines = GcCommand.Run(workspace.Paths, DryRun with { Grace = TimeSpan.FromHours(1) }, workspace.Console, default);

        Assert.StartsWith("Nothing to free: ", lines[0]);
        Assert.EndsWith("and anything younger than 1 h.", lines[0]);
    }
}
