using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Repro.TestServers;

/// <summary>One npm-installed server process on 127.0.0.1 (Azurite's blob service or s3rver): started, waited
/// for until it accepts connections, stopped (killed, as a crash or a lost network would) and restarted on the
/// same port and data folder.</summary>
public sealed class NodeServer : IDisposable
{
    private readonly string _bin;
    private readonly Func<int, string> _arguments;
    private Process? _process;

    public NodeServer(string name, string bin, Func<int, string> arguments)
    {
        Name = name;
        _bin = bin;
        _arguments = arguments;
        Port = FreePort();
        Start();
    }

    public string Name { get; }
    public int Port { get; }

    public void Start()
    {
        var start = new ProcessStartInfo(_bin, _arguments(Port))
        {
            WorkingDirectory = Path.GetDirectoryName(_bin)!, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException($"{Name} did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        WaitUntilListening();
    }

    public void Stop()
    {
        if (_process is null) return;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
        _process = null;
    }

    public void Dispose() => Stop();

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void WaitUntilListening()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process!.HasExited) throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} before it listened on 127.0.0.1:{Port}");
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }
        throw new InvalidOperationException($"{Name} did not listen on 127.0.0.1:{Port} within 60 s");
    }
}
