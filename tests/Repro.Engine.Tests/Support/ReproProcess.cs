using System.Diagnostics;

namespace Repro.Engine.Tests.Support;

/// <summary>Runs the real `repro` executable (dotnet repro.dll) and captures its exit code and output.</summary>
internal static class ReproProcess
{
    public static (int ExitCode, string Out, string Error) Run(TestWorkspace workspace, params string[] args) =>
        Run(workspace, new Dictionary<string, string>(), args);

    /// <summary>repro with extra environment variables (PATH without Slurm, another SLURM_CONF).</summary>
    public static (int ExitCode, string Out, string Error) Run(TestWorkspace workspace, IReadOnlyDictionary<string, string> env, params string[] args)
    {
        using var process = Start(workspace, env, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    public static Process Start(TestWorkspace workspace, params string[] args) => Start(workspace, new Dictionary<string, string>(), args);

    public static Process Start(TestWorkspace workspace, IReadOnlyDictionary<string, string> env, params string[] args)
    {
        var start = new ProcessStartInfo(Programs.Dotnet)
        {
            WorkingDirectory = workspace.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Programs.Repro);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in env) start.Environment[name] = value;
        return Process.Start(start)!;
    }
}
