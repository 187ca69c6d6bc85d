using System.Diagnostics;

namespace Repro.TestServers;

/// <summary>Installs Azurite (the newest that runs on Node 20) and s3rver with npm into the output folder once,
/// and starts them on 127.0.0.1: Azurite with telemetry off. s3rver is an S3 test double; the S3 code is meant
/// for Amazon S3 and S3-compatible stores such as MinIO or Ceph.</summary>
public static class ServerInstall
{
    public const string AzuriteAccount = "devstoreaccount1";
    // Azurite's documented, public development key (not a secret).
    public const string AzuriteKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    // s3rver's fixed credentials.
    public const string S3Key = "S3RVER";

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "servers");
    private static readonly Lock InstallLock = new();

    /// <summary>Azurite's blob service, telemetry off, in memory (or in <paramref name="location"/>, to survive a restart).</summary>
    public static NodeServer Azurite(string? location = null) => new("Azurite", Bin("azurite-blob"), port =>
        $"--blobHost 127.0.0.1 --blobPort {port} {(location is null ? "--inMemoryPersistence" : $"--location {location}")} --disableTelemetry --skipApiVersionCheck --silent");

    /// <summary>s3rver keeping its buckets in <paramref name="data"/>.</summary>
    public static NodeServer S3rver(string data) => new("s3rver", Bin("s3rver"), port => $"--address 127.0.0.1 --port {port} --directory {data} --silent");

    public static string AzuriteEndpoint(int port) => $"http://127.0.0.1:{port}/{AzuriteAccount}";

    public static string AzuriteConnectionString(int port, string key = AzuriteKey) =>
        $"DefaultEndpointsProtocol=http;AccountName={AzuriteAccount};AccountKey={key};BlobEndpoint={AzuriteEndpoint(port)};";

    /// <summary>A bucket on the s3rver at <paramref name="port"/> (with the SDK, as a user would make one).</summary>
    public static void CreateS3Bucket(int port, string bucket)
    {
        using var client = new Amazon.S3.AmazonS3Client(S3Key, S3Key,
            new Amazon.S3.AmazonS3Config { ServiceURL = $"http://127.0.0.1:{port}", ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
        client.PutBucketAsync(bucket).GetAwaiter().GetResult();
    }

    /// <summary>A container on the Azurite at <paramref name="port"/>.</summary>
    public static void CreateAzureContainer(int port, string container) =>
        new Azure.Storage.Blobs.BlobContainerClient(AzuriteConnectionString(port), container).CreateIfNotExists();

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
        var start = new ProcessStartInfo("npm", "install --no-audit --no-fund --loglevel=error azurite@3.35.0 s3rver@3.7.1")
            { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("npm did not start: install Node.js and npm");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"npm install of azurite@3.35.0 and s3rver@3.7.1 into {Folder} failed ({process.ExitCode}):\n{output.Result}{error}");
    }
}
