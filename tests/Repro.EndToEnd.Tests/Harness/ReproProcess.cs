using System.Diagnostics;

namespace Repro.EndToEnd.Tests.Harness;

/// <summary>Runs the built `repro` against a workspace and reads back its run record.</summary>
internal static class ReproProcess
{
    public static ReproResult Run(string workspace, IEnumerable<string> args, IReadOnlyDictionary<string, string>? env = null)
    {
        var record = Path.Combine(workspace, "outputs", ".repro", "last-run.json");
        if (File.Exists(record)) File.Delete(record); // never read a stale record
        using var process = Start(workspace, args, env);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("repro did not finish within 10 minutes");
        }
        return new ReproResult(process.ExitCode, output.Result, error.Result, ReadOutcomes(workspace));
    }

    /// <summary>Starts repro without waiting (for interruption tests); the caller owns the process.</summary>
    public static Process Start(string workspace, IEnumerable<string> args, IReadOnlyDictionary<string, string>? env = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workspace,
        };
        info.ArgumentList.Add(RepoRoot.Repro);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.ArgumentList.Add("--workspace");
        info.ArgumentList.Add(workspace);
        info.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in env ?? new Dictionary<string, string>()) info.Environment[name] = value;
        return Process.Start(info)!;
    }

    private static Dictionary<string, string> ReadOutcomes(string workspace)
    {
        var path = Path.Combine(workspace, "outputs", ".repro", "last-run.json");
        var outcomes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path)) return outcomes;
        foreach (var entry in JObject.Parse(File.ReadAllText(path))["instances"]!)
            outcomes[(string)entry["instance"]!] = (string)entry["outcome"]!;
        return outcomes;
    }
}
