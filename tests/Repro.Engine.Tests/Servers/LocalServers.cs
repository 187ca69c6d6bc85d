using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

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

    private readonly string _folder = Path.Combine(AppContext.BaseDirectory, "servers");
    private readonly string _data = Directory.CreateTempSubdirectory("repro-s3rver-").FullName;
    private Process? _azurite;
    private Process? _s3rver;

    public LocalServers()
    {
        Install();
        AzuritePort = FreePort();
        S3Port = FreePort();
        _azurite = Start("azurite-blob", $"--blobHost 127.0.0.1 --blobPort {AzuritePort} --inMemoryPersistence --disableTelemetry --skipApiVersionCheck --silent");
        _s3rver = Start("s3rver", $"--address 127.0.0.1 --port {S3Port} --directory {_data} --silent");
        WaitForPort(AzuritePort, _azurite, "Azurite");
        WaitForPort(S3Port, _s3rver, "s3rver");
    }

    public int AzuritePort { get; }
    public int S3Port { get; }
    public string AzuriteEndpoint => $"http://127.0.0.1:{AzuritePort}/{AzuriteAccount}";
    public string S3Endpoint => $"http://127.0.0.1:{S3Port}";

    public string AzuriteConnectionString(string key = AzuriteKey) =>
        $"DefaultEndpointsProtocol=http;AccountName={AzuriteAccount};AccountKey={key};BlobEndpoint={AzuriteEndpoint};";

    public void Dispose()
    {
        foreach (var process in new[] { _azurite, _s3rver }.OfType<Process>())
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.Dispose();
        }
        _azurite = _s3rver = null;
        Directory.Delete(_data, recursive: true);
    }

    private void Install()
    {
        if (File.Exists(Path.Combine(_folder, "node_modules", ".bin", "azurite-blob")) && File.Exists(Path.Combine(_folder, "node_modules", ".bin", "s3rver")))
            return;
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "package.json"), """{ "name": "repro-test-servers", "private": true }""");
        var (code, output) = RunToEnd("npm", "install --no-audit --no-fund --loglevel=error azurite@3.35.0 s3rver@3.7.1");
        if (code != 0) throw new InvalidOperationException($"npm install of azurite@3.35.0 and s3rver@3.7.1 into {_folder} failed ({code}):\n{output}");
    }

    private Process Start(string bin, string arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(_folder, "node_modules", ".bin", bin), arguments)
        {
            WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{bin} did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void WaitForPort(int port, Process process, string name)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited) throw new InvalidOperationException($"{name} exited with {process.ExitCode} before it listened on 127.0.0.1:{port}");
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }
        throw new InvalidOperationException($"{name} did not listen on 127.0.0.1:{port} within 60 s");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private (int Code, string Output) RunToEnd(string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }
}
