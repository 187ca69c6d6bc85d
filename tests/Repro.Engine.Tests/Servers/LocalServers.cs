using Repro.TestServers;

namespace Repro.Engine.Tests.Servers;

/// <summary>The collection's servers on loopback: Azurite (in memory) and s3rver (in a temp folder), started
/// once and stopped at the end. A server that cannot start fails the tests, with why.</summary>
public sealed class LocalServers : IDisposable
{
    public const string AzuriteAccount = ServerInstall.AzuriteAccount;
    public const string AzuriteKey = ServerInstall.AzuriteKey;
    public const string S3Key = ServerInstall.S3Key;

    private readonly string _data = Directory.CreateTempSubdirectory("repro-s3rver-").FullName;
    private readonly NodeServer _azurite;
    private readonly NodeServer _s3rver;

    public LocalServers()
    {
        _azurite = ServerInstall.Azurite();
        _s3rver = ServerInstall.S3rver(_data);
    }

    public int AzuritePort => _azurite.Port;
    public int S3Port => _s3rver.Port;
    public string AzuriteEndpoint => ServerInstall.AzuriteEndpoint(AzuritePort);
    public string S3Endpoint => $"http://127.0.0.1:{_s3rver.Port}";

    public string AzuriteConnectionString(string key = AzuriteKey) => ServerInstall.AzuriteConnectionString(AzuritePort, key);

    public static NodeServer S3rver(string data) => ServerInstall.S3rver(data);

    public void Dispose()
    {
        _azurite.Dispose();
        _s3rver.Dispose();
        Directory.Delete(_data, recursive: true);
    }
}
