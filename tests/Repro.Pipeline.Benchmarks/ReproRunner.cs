using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Repro.Pipeline.Benchmarks;

/// <summary>Runs the built repro.dll against the workspace, times it (wall clock, process start included)
/// and reads back the run record it wrote.</summary>
internal sealed class ReproRunner(string reproDll, string workspace, bool echo, IReadOnlyDictionary<string, string>? env = null)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(120);

    public RunResult Run(params string[] args)
    {
        var record = Path.Combine(workspace, "outputs", ".repro", "last-run.json");
        if (File.Exists(record)) File.Delete(record); // never read a stale record
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workspace,
        };
        info.ArgumentList.Add(reproDll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.ArgumentList.Add("--workspace");
        info.ArgumentList.Add(workspace);
        info.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in env ?? new Dictionary<string, string>()) info.Environment[name] = value;

        var output = new StringBuilder();
        var error = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(output, e.Data, echo: false);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data, echo);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"repro {string.Join(' ', args)} did not finish within {Timeout.TotalMinutes} minutes");
        }
        process.WaitForExit(); // drains the redirected streams
        var seconds = clock.Elapsed.TotalSeconds;
        return new RunResult(process.ExitCode, seconds, output.ToString(), error.ToString(), Read(record));
    }

    private static void Append(StringBuilder into, string? line, bool echo)
    {
        if (line is null) return;
        lock (into) into.Append(line).Append('\n');
        if (echo) Console.Error.WriteLine($"    | {line}");
    }

    private static List<InstanceRecord> Read(string record)
    {
        if (!File.Exists(record)) return [];
        using var json = JsonDocument.Parse(File.ReadAllText(record));
        return json.RootElement.GetProperty("instances").EnumerateArray().Select(e => new InstanceRecord(
            e.GetProperty("instance").GetString() ?? "",
            e.GetProperty("outcome").GetString() ?? "",
            e.TryGetProperty("reason", out var reason) ? reason.GetString() ?? "" : "",
            e.TryGetProperty("seconds", out var seconds) ? seconds.GetDouble() : 0)).ToList();
    }
}
