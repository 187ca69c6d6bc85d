using Repro.Engine.Errors;
using Repro.Engine.Execution;
using Repro.Engine.Remotes;
using Repro.Engine.Reporting;
using Repro.Engine.Tests.Support;

namespace Repro.Engine.Tests.EndToEnd;

/// <summary>A folder remote between two clones of one workspace: A computes and pushes, B (empty cache, same
/// lock and remote config) gets every result without starting a stage. The stage runner is the fake one.</summary>
public sealed class RemoteTests : IDisposable
{
    private readonly string _remote = Directory.CreateTempSubdirectory("repro-remote-").FullName;
    private readonly TestWorkspace _a = TestWorkspace.Create();
    private readonly TestWorkspace _b = TestWorkspace.Create();

    public void Dispose()
    {
        _a.Dispose();
        _b.Dispose();
        Directory.Delete(_remote, recursive: true);
    }

    [Fact]
    public void Should_Pull_Every_Instance_In_A_Fresh_Clone_Without_Starting_A_Stage()
    {
        // Given
        PushFromA();
        var runner = new FakeStageRunner();

        // When
        var (exitCode, report, _) = _b.Run(runner);

        // Then
        Assert.Equal(0, exitCode);
        Assert.Empty(runner.Launches);
        Assert.Equal("prep@e1=pulled, prep@e2=restored, aug@e1=pulled, aug@e2=restored, fit@e1=pulled, fit@e2=pulled, report=pulled", report.Outcomes());
        Assert.StartsWith($"in the run-cache of remote {_remote}", report!.ReasonOf("fit@e1"));
        Assert.Equal(Outputs(_a), Outputs(_b));
        Assert.Equal(_a.Read("pipeline.lock.json"), _b.Read("pipeline.lock.json"));
    }

    [Fact]
    public void Should_Send_Nothing_When_The_Remote_Already_Has_Everything()
    {
        var first = PushFromA();

        var second = TransferCommand.Push(_a.Paths, TestWorkspace.Quick(), _a.Console, default);

        // A's cache holds exactly the selected instances' objects, run-cache entries and listings: all sent once.
        var cached = Directory.EnumerateFiles(Path.Combine(_a.Root, ".repro", "cache"), "*", SearchOption.AllDirectories).Count();
        Assert.StartsWith($"pushed {cached} file(s)", first[0]);
        var entries = Directory.EnumerateFiles(_a.Paths.Runs).Count();   // each also gets an owners/PROJECT/KEY marker
        Assert.Equal(cached + entries, Directory.EnumerateFiles(_remote, "*", SearchOption.AllDirectories).Count());
        Assert.StartsWith("pushed 0 file(s), 0.0 MB", second[0]);
        Assert.Contains($"; {cached} already present to ", second[0]);
    }

    [Fact]
    public void Should_Pull_Only_The_Targets_Outputs_And_Say_What_It_Skipped()
    {
        PushFromA();

        var lines = TransferCommand.Fetch(_b.Paths, TestWorkspace.Quick() with { Target = "report" }, _b.Console, default, materialise: true);

        Assert.True(_b.Exists("outputs/report/summary.md"));
        Assert.False(_b.Exists("outputs/fit"));
        Assert.Equal("materialised report -> outputs/report", lines[1]);
        Assert.Equal("skipped 6 upstream instance(s) of report (not needed for its outputs; pull without a target to bring them)", lines[^1]);
    }

    [Fact]
    public void Should_Never_Use_A_Damaged_Download_And_Leave_The_Clone_As_It_Was()
    {
        // Given: the object of fit@e1's model is damaged on the remote
        PushFromA();
        var hash = Hashing.ContentHasher.HashText(_a.Read("outputs/fit/e1/model.txt"));
        File.WriteAllText(Path.Combine(_remote, "objects", hash[..2], hash[2..]), "damaged");
        var before = _b.Snapshot();

        // When
        var (exitCode, report, error) = _b.Run(new FakeStageRunner(), TestWorkspace.Quick() with { Target = "fit", Experiment = "e1" });

        // Then
        Assert.Equal(4, exitCode);
        Assert.Equal($"Remote {_remote}: 'objects/{hash[..2]}/{hash[2..]}' does not hash to its name after two downloads (damaged on the remote). " +
                     "It was not used; push it again from a machine that has it.", error);
        Assert.Equal(Outcome.Failed, report!.OutcomeOf("fit@e1"));
        Assert.False(_b.Exists("outputs/fit/e1"));
        Assert.False(File.Exists(Path.Combine(_b.Paths.Objects, hash[..2], hash[2..])));
        Assert.Empty(Directory.EnumerateFiles(_b.Paths.Transfers));
        Assert.Equal(before.Keys.Where(k => k.StartsWith("outputs/fit", StringComparison.Ordinal)), _b.Snapshot().Keys.Where(k => k.StartsWith("outputs/fit", StringComparison.Ordinal)));
    }

    [Fact]
    public void Should_Recompute_Offline_Although_The_Remote_Has_The_Results()
    {
        PushFromA();
        var runner = new FakeStageRunner();

        var (_, report, _) = _b.Run(runner, TestWorkspace.Quick() with { Offline = true });

        Assert.Equal(["prep@e1", "aug@e1", "fit@e1", "fit@e2", "report"], runner.Launches);
        Assert.DoesNotContain(report!.Results, r => r.Outcome == Outcome.Pulled);
    }

    [Fact]
    public void Should_Reject_An_Unknown_Url_Scheme_And_Write_No_Config()
    {
        var error = Assert.Throws<ReproException>(() => RemoteCommand.Add(_a.Paths, "web", "ftp://host/cache", null, makeDefault: false, local: false));

        Assert.Equal(2, error.ExitCode);
        Assert.Equal("Remote URL 'ftp://host/cache' is not usable: its scheme is not supported. Use a folder path (/mnt/team/repro-cache, ../cache, " +
                     "\\\\server\\share), azure://CONTAINER/PREFIX, s3://BUCKET/PREFIX.", error.Message);
        Assert.False(File.Exists(_a.Paths.RemoteConfig));
    }

    [Fact]
    public void Should_Name_The_Missing_Remote_And_List_The_Known_Ones()
    {
        RemoteCommand.Add(_a.Paths, "team", _remote, null, makeDefault: false, local: false);

        var error = Assert.Throws<ReproException>(() => TransferCommand.Push(_a.Paths, TestWorkspace.Quick() with { Remote = "other" }, _a.Console, default));

        Assert.Equal(2, error.ExitCode);
        Assert.Equal("No remote 'other' in .repro/config.json or .repro/config.local.json. Remotes: team.", error.Message);
    }

    [Fact]
    public void Should_Say_Where_Each_Locked_Result_Is()
    {
        PushFromA();
        _a.Run(new FakeStageRunner(), TestWorkspace.Quick() with { Sets = ["e1.fit.factor=3"] });   // not pushed

        var lines = TransferCommand.Where(_a.Paths, TestWorkspace.Quick() with { Target = "fit" }, _a.Console, default);
        var fresh = TransferCommand.Where(_b.Paths, TestWorkspace.Quick() with { Target = "fit" }, _b.Console, default);

        Assert.Equal(["  prep@e1  both", "  prep@e2  both", "  aug@e1   both", "  aug@e2   both", "  fit@e1   local only", "  fit@e2   both"], lines.Skip(1));
        Assert.Equal("  fit@e2   remote only", fresh[^1]);
    }

    [Fact]
    public void Should_Collect_Only_This_Projects_Superseded_Results_On_A_Shared_Remote()
    {
        // Given: another project C pushed its own results to the same remote; then A changed a condition and pushed
        PushFromA();
        using var c = TestWorkspace.Create();
        c.Write("data/in/a.txt", "another project's data");
        c.Run(new FakeStageRunner());
        RemoteCommand.Add(c.Paths, "team", _remote, null, makeDefault: true, local: false);
        TransferCommand.Push(c.Paths, TestWorkspace.Quick(), c.Console, default);
        _a.Run(new FakeStageRunner(), TestWorkspace.Quick() with { Sets = ["e1.fit.factor=3"] });
        TransferCommand.Push(_a.Paths, TestWorkspace.Quick() with { Sets = ["e1.fit.factor=3"] }, _a.Console, default);
        var options = new Collection.GcOptions(DryRun: true, AllCommits: false, Grace: TimeSpan.Zero, Remote: "");
        var remoteBefore = RemoteFiles();

        // When
        var listed = Collection.GcCommand.Run(_a.Paths, options, _a.Console, default);
        var everyone = Collection.GcCommand.Run(_a.Paths, options with { AllProjects = true }, _a.Console, default);
        var refused = Assert.Throws<ReproException>(() => Collection.GcCommand.Run(_a.Paths, options with { DryRun = false }, _a.Console, default));
        var afterRefusal = RemoteFiles();
        var deleted = Collection.GcCommand.Run(_a.Paths, options with { DryRun = false, Delete = true }, _a.Console, default);
        using var cloneOfC = TestWorkspace.Create();
        cloneOfC.Write("data/in/a.txt", "another project's data");
        cloneOfC.Write("pipeline.lock.json", c.Read("pipeline.lock.json"));
        cloneOfC.Write(".repro/config.json", c.Read(".repro/config.json"));
        var runner = new FakeStageRunner();
        var (exitCode, _, _) = cloneOfC.Run(runner);

        // Then: A's old fit@e1 and report only; C's results stay and still pull
        Assert.StartsWith("Would free ", listed[0]);
        Assert.Contains(" 2 run-cache entries (this project's results no lock reaches)", listed[0]);
        Assert.Equal(["fit@e1", "report"], listed.Skip(1).Select(l => l.Trim().Split(' ')[0]));
        Assert.Contains(" 7 run-cache entries (every project's results no lock reaches)", everyone[0]);
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal(remoteBefore, afterRefusal);
        Assert.StartsWith("Freed ", deleted[0]);
        Assert.Equal(remoteBefore.Count - 2 * 2 - int.Parse(listed[0].Split(": ")[1].Split(' ')[0]), RemoteFiles().Count);   // entries, markers, objects
        Assert.Equal(0, exitCode);
        Assert.Empty(runner.Launches);
    }

    private List<string> RemoteFiles() =>
        Directory.EnumerateFiles(_remote, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_remote, f)).Order(StringComparer.Ordinal).ToList();

    /// <summary>A computes, adds the folder remote as default, pushes; B gets A's lock and remote config (a clone).</summary>
    private IReadOnlyList<string> PushFromA()
    {
        _a.Run(new FakeStageRunner());
        RemoteCommand.Add(_a.Paths, "team", _remote, null, makeDefault: true, local: false);
        var lines = TransferCommand.Push(_a.Paths, TestWorkspace.Quick(), _a.Console, default);
        _b.Write("pipeline.lock.json", _a.Read("pipeline.lock.json"));
        _b.Write(".repro/config.json", _a.Read(".repro/config.json"));
        return lines;
    }

    private static SortedDictionary<string, string> Outputs(TestWorkspace workspace) =>
        new(workspace.Snapshot().Where(f => f.Key.StartsWith("outputs/", StringComparison.Ordinal)).ToDictionary(), StringComparer.Ordinal);
}
