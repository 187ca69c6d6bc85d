using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Repro.Engine.Slurm;

/// <summary>Slurm's client commands, the only way repro talks to a cluster: sbatch submits, scontrol reports a
/// job's state (sacct, where accounting runs, once the controller has forgotten it), scancel stops, sinfo
/// describes partitions. Every call has a deadline, so a hung controller fails the run instead of hanging it.</summary>
internal sealed partial class SlurmCommands
{
    private static readonly string[] Required = ["sbatch", "scontrol", "scancel", "sinfo"];
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private SlurmCommands()
    {
    }

    /// <summary>Checks that the commands are installed and the controller answers.</summary>
    public static SlurmCommands Connect()
    {
        var missing = Required.Where(c => ExecutableSearch.Find(c) is null).ToList();
        if (missing.Count > 0) throw SlurmErrors.CommandsMissing(missing);
        if (Environment.GetEnvironmentVariable("SLURM_CONF") is { Length: > 0 } conf && !File.Exists(conf)) throw SlurmErrors.ConfigMissing(conf);
        var slurm = new SlurmCommands();
        var (code, output, error) = slurm.Invoke("scontrol", ["ping"], TimeSpan.FromSeconds(20));
        if (code != 0 || !output.Contains("is UP", StringComparison.Ordinal))
            throw SlurmErrors.ControllerUnreachable(FirstLines(output + "\n" + error));
        return slurm;
    }

    /// <summary>The named partition, or the default one, with the smallest node's CPUs and memory.</summary>
    public SlurmPartition Partition(string? name)
    {
        var (code, output, error) = Invoke("sinfo", ["--noheader", "--format=%P|%c|%m|%G|%a"], Deadline);
        if (code != 0) throw SlurmErrors.CommandFailed("sinfo", error + output);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('|')).Where(f => f.Length == 5).ToList();
        var names = rows.Select(f => f[0].TrimEnd('*')).Distinct(StringComparer.Ordinal).ToList();
        var chosen = name ?? rows.FirstOrDefault(f => f[0].EndsWith('*'))?[0].TrimEnd('*') ?? names.FirstOrDefault() ?? throw SlurmErrors.NoPartition();
        var mine = rows.Where(f => f[0].TrimEnd('*') == chosen).ToList();
        if (mine.Count == 0) throw SlurmErrors.NoSuchPartition(chosen, names);
        if (mine.All(f => f[4] != "up")) throw SlurmErrors.PartitionDown(chosen, mine[0][4]);
        return new SlurmPartition(chosen, mine.Min(f => LeadingInt(f[1])), mine.Min(f => LeadingInt(f[2])),
            mine.Any(f => f[3].Contains("gpu", StringComparison.Ordinal)));
    }

    /// <summary>Submits a batch script; returns the job id.</summary>
    public string Submit(string instance, IReadOnlyList<string> arguments)
    {
        var (code, output, error) = Invoke("sbatch", arguments, Deadline);
        var id = output.Trim().Split(';')[0];
        if (code != 0 || !id.All(char.IsAsciiDigit) || id.Length == 0)
            throw SlurmErrors.SubmitRefused(instance, "sbatch " + string.Join(" ", arguments), error + output);
        return id;
    }

    /// <summary>The job's state, or null when neither the controller nor accounting knows it any more.</summary>
    public SlurmJobStatus? Status(string job)
    {
        var (code, output, _) = Invoke("scontrol", ["--oneliner", "show", "job", job], Deadline);
        if (code == 0 && JobState().Match(output) is { Success: true } state)
        {
            var exit = ExitCodeField().Match(output);
            return new SlurmJobStatus(state.Groups[1].Value, exit.Success ? int.Parse(exit.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
                exit.Success ? int.Parse(exit.Groups[2].Value, CultureInfo.InvariantCulture) : 0,
                Field(output, "Reason"), Field(output, "NodeList"));
        }
        if (ExecutableSearch.Find("sacct") is null) return null;
        var (accounted, rows, _) = Invoke("sacct", ["--noheader", "--parsable2", "--allocations", "--jobs", job, "--format=State,ExitCode,NodeList"], Deadline);
        var fields = rows.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Split('|');
        if (accounted != 0 || fields is not { Length: 3 }) return null;
        var codes = fields[1].Split(':');
        return new SlurmJobStatus(fields[0].Split(' ')[0], LeadingInt(codes[0]), codes.Length > 1 ? LeadingInt(codes[1]) : 0, "", fields[2]);
    }

    public void Cancel(string job) => Invoke("scancel", [job], Deadline);

    private (int Code, string Output, string Error) Invoke(string command, IReadOnlyList<string> arguments, TimeSpan deadline)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(deadline))
        {
            process.Kill(entireProcessTree: true);
            throw SlurmErrors.CommandHung($"{command} {string.Join(" ", arguments)}", deadline);
        }
        return (process.ExitCode, output.Result, error.Result);
    }

    private static string Field(string oneLiner, string name) =>
        Regex.Match(oneLiner, $@"(?:^|\s){name}=(\S*)") is { Success: true } m ? m.Groups[1].Value : "";

    private static int LeadingInt(string text) =>
        int.TryParse(new string(text.TakeWhile(char.IsAsciiDigit).ToArray()), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static string FirstLines(string text) =>
        string.Join(" ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => !l.StartsWith("**", StringComparison.Ordinal)).Take(3));

    [GeneratedRegex(@"(?:^|\s)JobState=(\S+)")]
    private static partial Regex JobState();

    [GeneratedRegex(@"(?:^|\s)ExitCode=(\d+):(\d+)")]
    private static partial Regex ExitCodeField();
}

/// <summary>A partition: its name, the smallest node's CPUs and memory (MB), and whether it offers GPUs.</summary>
internal sealed record SlurmPartition(string Name, int Cpus, int MemoryMB, bool HasGpus);

/// <summary>One job as Slurm reports it: its state (RUNNING, COMPLETED, CANCELLED, ...), the batch script's exit
/// code and the signal that ended it, why it waits, and its node.</summary>
internal sealed record SlurmJobStatus(string State, int ExitCode, int Signal, string Reason, string Node)
{
    private static readonly HashSet<string> Ended =
        ["COMPLETED", "FAILED", "CANCELLED", "TIMEOUT", "NODE_FAIL", "PREEMPTED", "BOOT_FAIL", "DEADLINE", "OUT_OF_MEMORY", "REVOKED"];

    /// <summary>The job is over and its processes are gone (COMPLETING is not yet).</summary>
    public bool IsOver => Ended.Contains(State);

    public bool IsRunning => State == "RUNNING";

    public string Describe => Signal != 0 ? $"{State} (signal {Signal})" : ExitCode != 0 ? $"{State} (exit {ExitCode})" : State;
}
