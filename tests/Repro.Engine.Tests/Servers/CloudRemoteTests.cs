using System.Diagnostics;
using Repro.Engine.Errors;
using Repro.Engine.Remotes;
using Repro.Engine.Reporting;
using Repro.Engine.Tests.Support;
using Repro.TestServers;

namespace Repro.Engine.Tests.Servers;

/// <summary>The same push and pull against real servers on loopback: s3rver through the S3 client and
/// Azurite through the Azure Blob client, each with its credentials in the SDK's standard variables.</summary>
[Collection(ServersCollection.Name)]
public sealed class CloudRemoteTests : IDisposable
{
    private readonly LocalServers _servers;
    private readonly string _bucket = "repro-" + Guid.NewGuid().ToString("N")[..12];
    private readonly TestWorkspace _a = TestWorkspace.Create();
    private readonly TestWorkspace _b = TestWorkspace.Create();

    public CloudRemoteTests(LocalServers servers)
    {
        _servers = servers;
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", LocalServers.S3Key);
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", LocalServers.S3Key);
        Environment.SetEnvironmentVariable("AWS_REGION", "us-east-1");
        Environment.SetEnvironmentVariable("AZURE_STORAGE_CONNECTION_STRING", servers.AzuriteConnectionString());
    }

    public void Dispose()
    {
        _a.Dispose();
        _b.Dispose();
    }

    [Theory]
    [InlineData("s3")]
    [InlineData("azure")]
    public void Should_Pull_Every_Instance_A_Clone_Pushed_Without_Starting_A_Stage(string kind)
    {
        // Given: A computed and pushed; B has A's lock and remote config and an empty cache
        var url = Create(kind);
        _a.Run(new FakeStageRunner());
        RemoteCommand.Add(_a.Paths, "cloud", url, Endpoint(kind), makeDefault: true, local: false);
        var pushed = TransferCommand.Push(_a.Paths, TestWorkspace.Quick(), _a.Console, default);
        var again = TransferCommand.Push(_a.Paths, TestWorkspace.Quick(), _a.Console, default);
        _b.Write("pipeline.lock.json", _a.Read("pipeline.lock.json"));
        _b.Write(".repro/config.json", _a.Read(".repro/config.json"));
        var runner = new FakeStageRunner();

        // When
        var (exitCode, report, error) = _b.Run(runner);

        // Then
        Assert.True(exitCode == 0, error);
        Assert.Empty(runner.Launches);
        Assert.Equal("prep@e1=pulled, prep@e2=restored, aug@e1=pulled, aug@e2=restored, fit@e1=pulled, fit@e2=pulled, report=pulled", report.Outcomes());
        Assert.StartsWith("pushed 0 file(s)", again[0]);
        Assert.DoesNotContain("pushed 0 file(s)", pushed[0]);
        Assert.Equal(Outputs(_a), Outputs(_b));
        Assert.Equal(_a.Read("pipeline.lock.json"), _b.Read("pipeline.lock.json"));
    }

    [Theory]
    [InlineData("s3", "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE)")]
    [InlineData("azure", "AZURE_STORAGE_CONNECTION_STRING (or AZURE_STORAGE_ACCOUNT and AZURE_STORAGE_KEY)")]
    public void Should_Name_The_Variables_When_The_Server_Refuses_The_Credentials(string kind, string variables)
    {
        var url = Create(kind);
        _a.Run(new FakeStageRunner());
        RemoteCommand.Add(_a.Paths, "cloud", url, Endpoint(kind), makeDefault: true, local: false);
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "WRONG");
        Environment.SetEnvironmentVariable("AZURE_STORAGE_CONNECTION_STRING", _servers.AzuriteConnectionString(Convert.ToBase64String(new byte[64])));

        var error = Assert.Throws<ReproException>(() => TransferCommand.Push(_a.Paths, TestWorkspace.Quick(), _a.Console, default));

        Assert.Equal(2, error.ExitCode);
        Assert.StartsWith($"Remote {url} at http://127.0.0.1:", error.Message);
        Assert.Contains($" refused the credentials (", error.Message);
        Assert.EndsWith($"Check {variables}.", error.Message);
    }

    [Theory]
    [InlineData("s3")]
    [InlineData("azure")]
    public void Should_Fail_Within_Seconds_When_The_Endpoint_Is_Unreachable(string kind)
    {
        var port = Repro.TestServers.NodeServer.FreePort();   // nothing listens there
        _a.Run(new FakeStageRunner());
        var endpoint = kind == "s3" ? $"http://127.0.0.1:{port}" : $"http://127.0.0.1:{port}/{LocalServers.AzuriteAccount}";
        Environment.SetEnvironmentVariable("AZURE_STORAGE_CONNECTION_STRING",
            $"DefaultEndpointsProtocol=http;AccountName={LocalServers.AzuriteAccount};AccountKey={LocalServers.AzuriteKey};BlobEndpoint={endpoint};");
        RemoteCommand.Add(_a.Paths, "cloud", $"{kind}://{_bucket}/repro", kind == "s3" ? endpoint : null, makeDefault: true, local: false);
        var before = _a.Snapshot();
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<ReproException>(() => TransferCommand.Push(_a.Paths, TestWorkspace.Quick(), _a.Console, default));

        Assert.Equal(4, error.ExitCode);
        Assert.Contains(" cannot be reached: ", error.Message);
        Assert.EndsWith("Check the URL, the endpoint and the network; nothing local was changed.", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        _a.AssertUnchangedSince(before);
    }

    /// <summary>A fresh bucket or container on the server, as a remote URL.</summary>
    private string Create(string kind)
    {
        if (kind == "s3")
        {
            ServerInstall.CreateS3Bucket(_servers.S3Port, _bucket);
            return $"s3://{_bucket}/repro";
        }
        ServerInstall.CreateAzureContainer(_servers.AzuritePort, _bucket);
        return $"azure://{_bucket}/repro";
    }

    private string? Endpoint(string kind) => kind == "s3" ? _servers.S3Endpoint : null;

    private static SortedDictionary<string, string> Outputs(TestWorkspace workspace) =>
        new(workspace.Snapshot().Where(f => f.Key.StartsWith("outputs/", StringComparison.Ordinal)).ToDictionary(), StringComparer.Ordinal);
}
