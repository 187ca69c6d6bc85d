using System.Diagnostics;

namespace Repro.Engine.Tests.Support;

/// <summary>Runs the real `repro` executable (dotnet repro.dll) and captures its exit code and output.</summary>
internal static class ReproProcess
{
    public static (int ExitCode, string Out, string Error) Run(TestWorkspace workspace, params string[] args)
    {
        using var process = Start(workspace, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    public static Process Start(TestWorkspace workspace, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workspace.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Programs.Repro);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        return Process.Start(start)!;
    }
}
