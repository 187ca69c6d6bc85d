using Repro.Engine.Errors;
using Repro.Engine.Remotes;
using Repro.Engine.Reporting;
using Repro.Engine.Tests.Support;

namespace Repro.Engine.Tests.Servers;

/// <summary>The server dies in the middle of a push or a pull: both sides stay valid (no run-cache entry
/// without its objects on the remote, no unverified object or half-materialised output locally), and rerunning
/// the command after the server is back completes the work.</summary>
[Collection(ServersCollection.Name)]
public sealed class InterruptedTransferTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("repro-s3rver-fault-").FullName;
    private readonly Repro.TestServers.NodeServer _server;
    private readonly TestWorkspace _a = TestWorkspace.Create();
    private readonly TestWorkspace _b = TestWorkspace.Create();
    private readonly FakeStageRunner _runner = new() { SnapshotFiles = 24 };

    public InterruptedTransferTests(LocalServers servers)
    {
        _ = servers;   // installs the servers and holds the collection's credentials
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", LocalServers.S3Key);
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", LocalServers.S3Key);
        _server = LocalServers.S3rver(_data);
        Repro.TestServers.ServerInstall.CreateS3Bucket(_server.Port, "faults");
        _a.Run(_runner);
        RemoteCommand.Add(_a.Paths, "cloud", "s3://faults/repro", $"http://127.0.0.1:{_server.Port}", makeDefault: true, local: false);
        _b.Write("pipeline.lock.json", _a.Read("pipeline.lock.json"));
        _b.Write(".repro/config.json", _a.Read(".repro/config.json"));
    }

    public void Dispose()
    {
        _server.Dispose();
        _a.Dispose();
        _b.Dispose();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public void Should_Leave_Both_Sides_Valid_When_The_Server_Dies_During_A_Push_And_Finish_On_Rerun()
    {
        var before = _a.Snapshot();

        var error = Assert.Throws<ReproException>(() => TransferCommand.Push(_a.Paths, TestWorkspace.Quick(), new InterruptingConsole(_server.Stop), default));
        var entriesAfterFailure = RemoteFiles("runs");
        _server.Start();
        var rerun = TransferCommand.Push(_a.Paths, TestWorkspace.Quick(), _a.Console, default);
        var pull = new FakeStageRunner { SnapshotFiles = 24 };
        var (exitCode, report, pullError) = _b.Run(pull);

        Assert.Equal(4, error.ExitCode);
        Assert.Contains(" cannot be reached: ", error.Message);
        Assert.Empty(entriesAfterFailure);
        _a.AssertUnchangedSince(before);
        Assert.StartsWith("pushed ", rerun[0]);
        Assert.True(exitCode == 0, pullError);
        Assert.Empty(pull.Launches);
        Assert.Equal(Outcome.Pulled, report!.OutcomeOf("fit@e1"));
    }

    [Fact]
    public void Should_Leave_The_Clone_Valid_When_The_Server_Dies_During_A_Pull_And_Finish_On_Rerun()
    {
        TransferCommand.Push(_a.Paths, TestWorkspace.Quick(), _a.Console, default);

        var console = new InterruptingConsole(_server.Stop);
        var (failedCode, failed, _) = RunB(console);
        var outputsAfterFailure = Directory.Exists(Path.Combine(_b.Root, "outputs", "fit"));
        var damaged = LocalObjects().Where(o => new Hashing.ContentHasher().HashFile(o.Path) != o.Hash).ToList();
        var leftovers = Directory.Exists(_b.Paths.Transfers) ? Directory.EnumerateFiles(_b.Paths.Transfers).Count() : 0;
        _server.Start();
        var runner = new FakeStageRunner { SnapshotFiles = 24 };
        var (exitCode, report, _) = _b.Run(runner);

        Assert.Equal(4, failedCode);
        Assert.Equal(Outcome.Failed, failed!.Results.First(r => r.Outcome != Outcome.Pulled && r.Outcome != Outcome.Restored).Outcome);
        Assert.False(outputsAfterFailure);
        Assert.Empty(damaged);
        Assert.Equal(0, leftovers);
        Assert.Equal(0, exitCode);
        Assert.Empty(runner.Launches);
        Assert.Equal(Outcome.Pulled, report!.OutcomeOf("fit@e2"));
    }

    private (int, RunReport?, string?) RunB(InterruptingConsole console)
    {
        try
        {
            Engine.Execution.PipelineRunner.Run(_b.Paths, TestWorkspace.Quick(), console, new FakeStageRunner(), default);
            return (0, console.LastReport, null);
        }
        catch (ReproException e)
        {
            return (e.ExitCode, console.LastReport, e.Message);
        }
    }

    private List<string> RemoteFiles(string folder)
    {
        var path = Path.Combine(_data, "faults", "repro", folder);
        return Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).ToList() : [];
    }

    private IEnumerable<(string Path, string Hash)> LocalObjects() =>
        Directory.Exists(_b.Paths.Objects)
            ? Directory.EnumerateFiles(_b.Paths.Objects, "*", SearchOption.AllDirectories)
                .Select(f => (f, Path.GetFileName(Path.GetDirectoryName(f))! + Path.GetFileName(f)))
            : [];
}
