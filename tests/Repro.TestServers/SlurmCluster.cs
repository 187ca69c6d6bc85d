using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Repro.TestServers;

/// <summary>A real single-node Slurm cluster on this host, for the Slurm executor's tests and benchmark:
/// Debian's slurm-wlm 22.05 with munge (installed with apt-get when absent), configured in a private folder
/// (its own slurm.conf, munge key and socket, state, logs and loopback ports, so it touches nothing in /etc),
/// started without systemd, and stopped at Dispose. Clients find it through SLURM_CONF
/// (<see cref="Environment"/>).</summary>
public sealed class SlurmCluster : IDisposable
{
    public const string PartitionName = "repro";

    private static readonly Lock InstallLock = new();

    private readonly string _root;
    private readonly string _node = System.Environment.MachineName;

    private SlurmCluster(string root) => _root = root;

    public string ConfigFile => Path.Combine(_root, "slurm.conf");

    /// <summary>The variables a Slurm client (sbatch, repro --executor slurm) needs to reach this cluster.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["SLURM_CONF"] = ConfigFile };

    public int Cpus { get; } = System.Environment.ProcessorCount;

    public static SlurmCluster Start()
    {
        EnsureInstalled();
        var cluster = new SlurmCluster(Directory.CreateTempSubdirectory("repro-slurm-").FullName);
        try
        {
            cluster.Configure();
            cluster.Launch();
            return cluster;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    /// <summary>Runs a Slurm client command against this cluster; returns its stdout (throws on failure).</summary>
    public string Client(string command, params string[] arguments)
    {
        var (code, output, error) = Run(command, arguments, TimeSpan.FromSeconds(30));
        if (code != 0) throw new InvalidOperationException($"{command} {string.Join(" ", arguments)} exited {code}: {error}{output}");
        return output;
    }

    /// <summary>The ids of this cluster's jobs named <paramref name="name"/> that are running.</summary>
    public IReadOnlyList<string> RunningJobs(string name) =>
        Client("squeue", "--noheader", "--states=RUNNING", $"--name={name}", "--format=%i")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public void Dispose()
    {
        try
        {
            if (File.Exists(ConfigFile))
            {
                Run("scancel", ["--user", System.Environment.UserName], TimeSpan.FromSeconds(10));
                Run("scontrol", ["shutdown"], TimeSpan.FromSeconds(10));
            }
            foreach (var pidFile in new[] { "slurmctld.pid", "slurmd.pid", "munged.pid" }.Select(f => Path.Combine(_root, "run", f)))
                StopDaemon(pidFile);
        }
        finally
        {
            try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private void Configure()
    {
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("the Slurm test cluster runs on Linux only");
        foreach (var folder in new[] { "munge", "run", "state", "spool", "log" }) Directory.CreateDirectory(Path.Combine(_root, folder));
        // munged insists on a private key folder, and on a socket every user can reach (a temp folder is private).
        const UnixFileMode owner = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        const UnixFileMode enter = owner | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        File.SetUnixFileMode(_root, enter);
        File.SetUnixFileMode(Path.Combine(_root, "run"), enter);
        File.SetUnixFileMode(Path.Combine(_root, "munge"), owner);
        var key = Path.Combine(_root, "munge", "munge.key");
        File.WriteAllBytes(key, System.Security.Cryptography.RandomNumberGenerator.GetBytes(1024));
        File.SetUnixFileMode(key, UnixFileMode.UserRead);
        var memoryMB = (int)(MemTotalKiB() / 1024 * 9 / 10);
        var user = System.Environment.UserName;
        File.WriteAllText(ConfigFile, string.Join('\n',
            "ClusterName=repro-test",
            $"SlurmctldHost={_node}(127.0.0.1)",
            $"SlurmctldPort={NodeServer.FreePort()}",
            $"SlurmdPort={NodeServer.FreePort()}",
            "AuthType=auth/munge",
            "CredType=cred/munge",
            $"AuthInfo=socket={Socket}",
            $"SlurmUser={user}",
            $"SlurmdUser={user}",
            $"StateSaveLocation={Path.Combine(_root, "state")}",
            $"SlurmdSpoolDir={Path.Combine(_root, "spool")}",
            $"SlurmctldPidFile={Path.Combine(_root, "run", "slurmctld.pid")}",
            $"SlurmdPidFile={Path.Combine(_root, "run", "slurmd.pid")}",
            $"SlurmctldLogFile={Path.Combine(_root, "log", "slurmctld.log")}",
            $"SlurmdLogFile={Path.Combine(_root, "log", "slurmd.log")}",
            // No cgroups (no systemd here): processes are tracked through /proc, tasks are not confined.
            "ProctrackType=proctrack/linuxproc",
            "TaskPlugin=task/none",
            "JobAcctGatherType=jobacct_gather/none",
            "AccountingStorageType=accounting_storage/none",
            "MpiDefault=none",
            "SwitchType=switch/none",
            "SchedulerType=sched/backfill",
            "SelectType=select/cons_tres",
            "SelectTypeParameters=CR_Core_Memory",
            "ReturnToService=2",
            "KillWait=10",
            $"NodeName={_node} NodeAddr=127.0.0.1 CPUs={Cpus} RealMemory={memoryMB} State=UNKNOWN",
            $"PartitionName={PartitionName} Nodes={_node} Default=YES MaxTime=INFINITE State=UP",
            ""));
    }

    private string Socket => Path.Combine(_root, "run", "munge.socket");

    private void Launch()
    {
        Daemon("munged", $"--key-file={Path.Combine(_root, "munge", "munge.key")}", $"--socket={Socket}",
            $"--pid-file={Path.Combine(_root, "run", "munged.pid")}", $"--log-file={Path.Combine(_root, "log", "munged.log")}",
            $"--seed-file={Path.Combine(_root, "munge", "munged.seed")}");
        Daemon("slurmctld", "-f", ConfigFile, "-i");
        Daemon("slurmd", "-f", ConfigFile, "-N", _node);
        var clock = Stopwatch.StartNew();
        var state = "";
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            var (code, output, _) = Run("sinfo", ["--noheader", "--format=%t"], TimeSpan.FromSeconds(10));
            state = output.Trim();
            if (code == 0 && state == "idle") return;
            Thread.Sleep(250);
        }
        throw new InvalidOperationException($"the Slurm node did not become idle within 60 s (sinfo: '{state}').\n{Logs()}");
    }

    /// <summary>Starts a daemon that forks into the background, and waits for the parent to return.</summary>
    private void Daemon(string command, params string[] arguments)
    {
        var (code, output, error) = Run(Sbin(command), arguments, TimeSpan.FromSeconds(30));
        if (code != 0) throw new InvalidOperationException($"{command} did not start (exit {code}): {error}{output}\n{Logs()}");
    }

    private (int Code, string Output, string Error) Run(string command, IReadOnlyList<string> arguments, TimeSpan deadline)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["SLURM_CONF"] = ConfigFile;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(deadline))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "", $"{command} did not finish within {deadline.TotalSeconds} s");
        }
        return (process.ExitCode, output.Result, error.Result);
    }

    private string Logs()
    {
        var text = new StringBuilder();
        foreach (var log in Directory.Exists(Path.Combine(_root, "log")) ? Directory.GetFiles(Path.Combine(_root, "log")) : [])
            text.Append(CultureInfo.InvariantCulture, $"--- {Path.GetFileName(log)}:\n{string.Join('\n', File.ReadLines(log).TakeLast(15))}\n");
        return text.ToString();
    }

    private static void StopDaemon(string pidFile)
    {
        if (!File.Exists(pidFile) || !int.TryParse(File.ReadAllText(pidFile).Trim(), out var pid)) return;
        try
        {
            using var process = Process.GetProcessById(pid);
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill();
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (ArgumentException)
        {
            // already gone
        }
    }

    /// <summary>Installs Debian's slurm-wlm and munge when slurmctld is missing (needs root, as CI has).</summary>
    private static void EnsureInstalled()
    {
        if (File.Exists(Sbin("slurmctld")) && File.Exists(Sbin("munged")) && File.Exists("/usr/bin/sbatch")) return;
        lock (InstallLock)
        {
            if (File.Exists(Sbin("slurmctld")) && File.Exists(Sbin("munged"))) return;
            string[] install = ["install", "-y", "-q", "--no-install-recommends", "slurm-wlm", "munge"];
            if (Apt(install) != 0 && (Apt(["update", "-q"]) != 0 || Apt(install) != 0))
                throw new InvalidOperationException("Slurm is not installed and 'apt-get install slurm-wlm munge' failed; install them (as root) to run the Slurm tests.");
        }
    }

    private static int Apt(string[] arguments)
    {
        var start = new ProcessStartInfo("apt-get") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return process.ExitCode;
    }

    private static string Sbin(string daemon) => Path.Combine("/usr/sbin", daemon);

    private static long MemTotalKiB()
    {
        var line = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }
}
