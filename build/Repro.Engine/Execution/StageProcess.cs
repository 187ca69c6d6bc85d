using System.Diagnostics;

namespace Repro.Engine.Execution;

/// <summary>Runs `dotnet PROGRAM REQUEST.json`: stdout inherited so the stage's progress shows as it
/// happens; stderr echoed and its last lines kept for the failure message.</summary>
internal static class StageProcess
{
    public const int TailLines = 20;

    public static (int ExitCode, IReadOnlyList<string> StderrTail) Run(string program, string request, string workingDirectory,
        IReadOnlyDictionary<string, string> env, bool verbose, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(program);
        start.ArgumentList.Add(request);
        if (OperatingSystem.IsLinux())
        {
            foreach (var (name, value) in env) start.Environment[name] = value;
        }
        if (verbose) start.Environment["REPRO_VERBOSE"] = "1";

        var tail = new Queue<string>();
        using var process = new Process { StartInfo = start };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            Console.Error.WriteLine(e.Data);
            lock (tail)
            {
                tail.Enqueue(e.Data);
                if (tail.Count > TailLines) tail.Dequeue();
            }
        };
        process.Start();
        process.BeginErrorReadLine();
        using (cancellation.Register(() => Stop(process)))
        {
            process.WaitForExit();
        }
        cancellation.ThrowIfCancellationRequested();
        lock (tail) return (process.ExitCode, tail.ToList());
    }

    /// <summary>On Ctrl+C the terminal already sent SIGINT to the stage (same process group) and the stage host
    /// cancels cleanly; a stage that has not exited after a grace period is killed.</summary>
    private static void Stop(Process process)
    {
        try
        {
            if (!process.WaitForExit(TimeSpan.FromSeconds(10))) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // already exited
        }
    }
}
