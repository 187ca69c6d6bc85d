using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Repro.Engine.Execution;

/// <summary>The local executor: `dotnet PROGRAM REQUEST.json` as a child process, stdout inherited so the
/// stage's progress shows as it happens, stderr echoed and its last lines kept for the failure message.</summary>
internal sealed class LocalProcessRunner : IStageRunner
{
    public const int TailLines = 20;

    public StageExit Run(StageLaunch launch, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(DotnetHost.Path) { WorkingDirectory = launch.WorkingDirectory, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(launch.Program);
        start.ArgumentList.Add(launch.RequestFile);
        if (OperatingSystem.IsLinux())
        {
            foreach (var (name, value) in launch.Env) start.Environment[name] = value;
        }
        if (launch.Verbose) start.Environment["REPRO_VERBOSE"] = "1";

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
        lock (tail) return new StageExit(process.ExitCode, tail.ToList());
    }

    /// <summary>Asks the stage to stop as Ctrl+C would (SIGINT: the stage host cancels cleanly and exits 130; a
    /// terminal has usually sent it already, but a programmatic cancel has not), then kills it after a grace period.</summary>
    private static void Stop(Process process)
    {
        try
        {
            if (!OperatingSystem.IsWindows()) _ = Kill(process.Id, SigInt);
            if (!process.WaitForExit(TimeSpan.FromSeconds(10))) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // already exited
        }
    }

    private const int SigInt = 2;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
