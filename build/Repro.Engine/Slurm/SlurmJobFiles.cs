using System.Text;

namespace Repro.Engine.Slurm;

/// <summary>One attempt's folder under .repro/slurm/INSTANCE/attempt-N (on the shared filesystem, like the
/// workspace): the batch script, the stage's stdout and stderr, and the two markers the script writes, when
/// the stage started and how and when it ended. The end marker is how a finished stage is noticed at once;
/// polling Slurm is for jobs that never get to write it (cancelled, preempted, a lost node).</summary>
internal sealed class SlurmJobFiles
{
    public SlurmJobFiles(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Folder = Directory.CreateDirectory(folder).FullName;
    }

    public string Folder { get; }
    public string Script => Path.Combine(Folder, "job.sh");
    public string Out => Path.Combine(Folder, "stdout.log");
    public string Err => Path.Combine(Folder, "stderr.log");
    private string Started => Path.Combine(Folder, "started");
    private string Ended => Path.Combine(Folder, "ended");

    /// <summary>The batch script: the stage's environment, then `dotnet PROGRAM REQUEST.json` in the workspace,
    /// with its start and end (exit code and time) recorded beside it.</summary>
    public void WriteScript(StageLaunch launch, int attempt, int attempts)
    {
        var script = new StringBuilder("#!/bin/bash\n")
            .Append(CultureInfo.InvariantCulture, $"# repro: {launch.Instance}, attempt {attempt} of {attempts}\n")
            .Append("export REPRO_PLAIN=1\n");
        if (launch.Verbose) script.Append("export REPRO_VERBOSE=1\n");
        foreach (var (name, value) in launch.Env.OrderBy(e => e.Key, StringComparer.Ordinal)) script.Append($"export {name}={Quote(value)}\n");
        script.Append($"cd {Quote(launch.WorkingDirectory)} || exit 1\n")
            .Append($"date +%s.%N > {Quote(Started)}\n")
            .Append($"{Quote(DotnetHost.Path)} {Quote(launch.Program)} {Quote(launch.RequestFile)}\n")
            .Append("code=$?\n")
            .Append($"echo \"$code $(date +%s.%N)\" > {Quote(Ended + ".tmp")} && mv {Quote(Ended + ".tmp")} {Quote(Ended)}\n")
            .Append("exit $code\n");
        File.WriteAllText(Script, script.ToString());
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    /// <summary>The stage's exit code and when it started and ended (Unix seconds, the node's clock), once the
    /// script has recorded its end.</summary>
    public (int ExitCode, double Started, double Ended)? End()
    {
        if (!File.Exists(Ended)) return null;
        var end = File.ReadAllText(Ended).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var ended = end.Length > 1 ? Seconds(end[1]) : double.NaN;
        return (int.Parse(end[0], CultureInfo.InvariantCulture), File.Exists(Started) ? Seconds(File.ReadAllText(Started)) : ended, ended);
    }

    private static double Seconds(string text) => double.Parse(text.Trim(), CultureInfo.InvariantCulture);

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
