using System.Diagnostics;

namespace Repro.Engine.Tests.Servers;

/// <summary>Real storage servers on loopback for the remote tests: Azurite (Azure Blob Storage, the newest that
/// runs on Node 20, telemetry off, in memory) and s3rver (an S3 test double; the S3 code is meant for Amazon
/// S3 and S3-compatible stores such as MinIO or Ceph). Installed with npm into the test output on first use,
/// started once for the collection, stopped at the end. A server that cannot start fails the tests, with why.</summary>
public sealed class LocalServers : IDisposable
{
    public const string AzuriteAccount = "devstoreaccount1";
    // Azurite's documented, public development key (not a secret).
    public const string AzuriteKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    // s3rver's fixed credentials.
    public const string S3Key = "S3RVER";

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "servers");
    private static readonly Lock InstallLock = new();
    private readonly string _data = Directory.CreateTempSubdirectory("repro-s3rver-").FullName;
    private readonly NodeServer _azurite;
    private readonly NodeServer _s3rver;

    public LocalServers()
    {
        _azurite = Azurite();
        _s3rver = S3rver(_data);
    }

    public int AzuritePort => _azurite.Port;
    public int S3Port => _s3rver.Port;
    public string AzuriteEndpoint => $"http://127.0.0.1:{AzuritePort}/{AzuriteAccount}";
    public string S3Endpoint => $"http://127.0.0.1:{S3Port}";

    public string AzuriteConnectionString(string key = AzuriteKey) =>
        $"DefaultEndpointsProtocol=http;AccountName={AzuriteAccount};AccountKey={key};BlobEndpoint={AzuriteEndpoint};";

    /// <summary>Azurite's blob service, telemetry off, in memory (or in <paramref name="location"/>, to survive a restart).</summary>
    public static NodeServer Azurite(string? location = null) => new("Azurite", Bin("azurite-blob"), port =>
        $"--blobHost 127.0.0.1 --blobPort {port} {(location is null ? "--inMemoryPersistence" : $"--location {location}")} --disableTelemetry --skipApiVersionCheck --silent");

    /// <summary>s3rver keeping its buckets in <paramref name="data"/>.</summary>
    public static NodeServer S3rver(string data) => new("s3rver", Bin("s3rver"), port => $"--address 127.0.0.1 --port {port} --directory {data} --silent");

    public void Dispose()
    {
        _azurite.Dispose();
        _s3rver.Dispose();
        Directory.Delete(_data, recursive: true);
    }

    private static string Bin(string name)
    {
        lock (InstallLock) Install();
        return Path.Combine(Folder, "node_modules", ".bin", name);
    }

    private static void Install()
    {
        if (File.Exists(Path.Combine(Folder, "node_modules", ".bin", "azurite-blob")) && File.Exists(Path.Combine(Folder, "node_modules", ".bin", "s3rver")))
            return;
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, "package.json"), """{ "name": "repro-test-servers", "private": true }""");
        var (code, output) = RunToEnd("npm", "install --no-audit --no-fund --loglevel=error azurite@3.35.0 s3rver@3.7.1");
        if (code != 0) throw new InvalidOperationException($"npm install of azurite@3.35.0 and s3rver@3.7.1 into {Folder} failed ({code}):\n{output}");
    }

    private static (int Code, string Output) RunToEnd(string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }
}
