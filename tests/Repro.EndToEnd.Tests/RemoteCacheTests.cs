using Repro.EndToEnd.Tests.Harness;
using Repro.TestServers;

namespace Repro.EndToEnd.Tests;

/// <summary>The real ci pipeline through a remote: clone A (the fixture's trained workspace) pushes; clone B,
/// with the same lock and remote config and an empty cache, runs report and pulls every instance without
/// starting a stage process. Against a folder, s3rver and Azurite on loopback.</summary>
[Collection(CiPipelineCollection.Name)]
public sealed class RemoteCacheTests(CiPipelineFixture fixture)
{
    [Theory]
    [InlineData("folder")]
    [InlineData("s3")]
    [InlineData("azure")]
    public void Should_Reproduce_The_Report_In_A_Fresh_Clone_From_The_Remote_Without_Training(string kind)
    {
        // Given
        Assert.Equal(0, fixture.FirstRun.ExitCode);
        using var a = fixture.Workspace.Clone();
        using var b = TestWorkspace.FromRepository();
        var scratch = Directory.CreateTempSubdirectory("repro-e2e-remote-").FullName;
        using var server = kind switch
        {
            "s3" => ServerInstall.S3rver(scratch),
            "azure" => ServerInstall.Azurite(),
            _ => null,
        };
        var env = Credentials(kind, server);
        var (url, endpoint) = Create(kind, server, scratch);
        string[] add = ["remote", "add", "cloud", url, "--default", .. endpoint is null ? Array.Empty<string>() : ["--endpoint", endpoint]];

        // When
        var added = a.Repro(env, add);
        var pushed = a.Repro(env, "push", "--profile", "ci");
        Directory.CreateDirectory(b.PathOf(".repro"));
        File.Copy(a.PathOf(".repro", "config.json"), b.PathOf(".repro", "config.json"));
        var pulled = b.Repro(env, "report", "--profile", "ci");
        var nothingToFree = b.Repro(env, "gc", "--dry-run", "--grace-hours", "0");

        // Then
        Assert.True(added.ExitCode == 0, added.ToString());
        Assert.True(pushed.ExitCode == 0, pushed.ToString());
        Assert.True(pulled.ExitCode == 0, pulled.ToString());
        Assert.Empty(pulled.Instances("ran"));
        Assert.Equal(["augment@run1", "augment@run3", "best@run1", "best@run2", "best@run3", "classifier", "preprocess@run1", "report", "sample@run1", "sample@run2", "sample@run3", "train@run1", "train@run2", "train@run3"],
            pulled.Instances("pulled"));
        Assert.Equal(["augment@run2", "preprocess@run2", "preprocess@run3"], pulled.Instances("restored"));
        Assert.Equal(a.Fingerprint("outputs/train", "outputs/sample", "outputs/best", "outputs/report/report.md"), b.Fingerprint("outputs/train", "outputs/sample", "outputs/best", "outputs/report/report.md"));
        Assert.Equal(File.ReadAllText(fixture.Workspace.PathOf("pipeline.lock.json")), File.ReadAllText(b.PathOf("pipeline.lock.json")));
        Assert.StartsWith("Nothing to free", nothingToFree.Output);
        Directory.Delete(scratch, recursive: true);
    }

    [Fact]
    public void Should_List_Exactly_The_Superseded_Report_After_A_Condition_Changed()
    {
        Assert.Equal(0, fixture.FirstRun.ExitCode);
        using var a = fixture.Workspace.Clone();
        var reportKey = (string)JObject.Parse(File.ReadAllText(a.PathOf("pipeline.lock.json")))["profiles"]!["ci"]!["report"]!["key"]!;

        var changed = a.Repro("report", "--profile", "ci", "--set", "report.title=Another title");
        var listed = a.Repro("gc", "--dry-run", "--grace-hours", "0");

        Assert.Equal(["report"], changed.Instances("ran"));
        var lines = listed.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Would free ", lines[0]);
        Assert.Contains(" 1 run-cache entry, ", lines[0]);
        Assert.StartsWith($"  report in profile ci (key {reportKey[..8]}..): ", lines[1]);
        Assert.Equal(2, lines.Length);
    }

    private static Dictionary<string, string> Credentials(string kind, NodeServer? server) => kind switch
    {
        "s3" => new() { ["AWS_ACCESS_KEY_ID"] = ServerInstall.S3Key, ["AWS_SECRET_ACCESS_KEY"] = ServerInstall.S3Key, ["AWS_REGION"] = "us-east-1" },
        "azure" => new() { ["AZURE_STORAGE_CONNECTION_STRING"] = ServerInstall.AzuriteConnectionString(server!.Port) },
        _ => [],
    };

    /// <summary>The remote's URL and endpoint, with its bucket or container created.</summary>
    private static (string Url, string? Endpoint) Create(string kind, NodeServer? server, string scratch)
    {
        switch (kind)
        {
            case "s3":
                ServerInstall.CreateS3Bucket(server!.Port, "e2e");
                return ("s3://e2e/repro", $"http://127.0.0.1:{server.Port}");
            case "azure":
                ServerInstall.CreateAzureContainer(server!.Port, "e2e");
                return ("azure://e2e/repro", null);
            default:
                return (Path.Combine(scratch, "folder-remote"), null);
        }
    }
}
