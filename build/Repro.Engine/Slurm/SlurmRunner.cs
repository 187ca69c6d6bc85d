using System.Diagnostics;

namespace Repro.Engine.Slurm;

/// <summary>The Slurm executor: each stage run becomes one batch job (`sbatch`, job name = the instance) on a
/// shared filesystem that holds the workspace, asking for the instance's declared cores, GPUs, memory and time.
/// Only the stage process moves: keys, staging, promotion and the lock stay with the engine on this host. A
/// job that fails, is cancelled or preempted is resubmitted up to --retries times into an emptied staging
/// folder (its resume folder stays, so training goes on from its last checkpoint); a stage that rejected its
/// input is not, it would again. Ctrl+C cancels the job.</summary>
internal sealed class SlurmRunner : IStageRunner
{
    private static readonly TimeSpan MarkerPoll = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan FirstStatusPoll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LastStatusPoll = TimeSpan.FromSeconds(10);

    private readonly SlurmCommands _slurm;
    private readonly SlurmPartition _partition;
    private readonly SlurmOptions _options;
    private readonly WorkspacePaths _paths;
    private readonly IEngineConsole _console;

    private SlurmRunner(SlurmCommands slurm, SlurmPartition partition, SlurmOptions options, WorkspacePaths paths, IEngineConsole console)
    {
        (_slurm, _partition, _options, _paths, _console) = (slurm, partition, options, paths, console);
    }

    /// <summary>Checks the commands, the controller and the partition before anything runs.</summary>
    public static SlurmRunner Connect(WorkspacePaths paths, SlurmOptions options, IEngineConsole console)
    {
        var slurm = SlurmCommands.Connect();
        var partition = slurm.Partition(options.Partition);
        console.Line($"Slurm: partition {partition.Name} (nodes of {partition.Cpus} CPUs, {partition.MemoryMB} MB{(partition.HasGpus ? ", GPUs" : "")}); " +
                     $"a failed job is resubmitted up to {options.Retries} time(s).");
        return new SlurmRunner(slurm, partition, options, paths, console);
    }

    /// <summary>The cluster places jobs itself: only --jobs bounds how many are submitted at once.</summary>
    public ExecutorCapacity Capacity => ExecutorCapacity.Cluster;

    public StageExit Run(StageLaunch launch, CancellationToken cancellation)
    {
        var attempts = _options.Retries + 1;
        var instanceFolder = Path.Combine(_paths.SlurmJobs, launch.Instance);
        if (Directory.Exists(instanceFolder)) Directory.Delete(instanceFolder, recursive: true);   // the last run's logs
        for (var attempt = 1; ; attempt++)
        {
            var files = new SlurmJobFiles(Path.Combine(instanceFolder, $"attempt-{attempt}"));
            var end = RunOnce(launch, files, attempt, attempts, cancellation);
            if (end.Succeeded || end.Rejected) return new StageExit(end.ExitCode, end.Tail);
            if (attempt == attempts)
                return new StageExit(end.FailureCode, end.Tail, $"Slurm job {end.Job} {end.How} after {attempts} attempt(s); its logs: {Relative(files.Folder)}");
            Say($"{launch.Instance}: Slurm job {end.Job} {end.How}; resubmitting (retry {attempt} of {_options.Retries}), " +
                "from the stage's last checkpoint where it keeps one.");
            Empty(launch.OutDir);
        }
    }

    private JobEnd RunOnce(StageLaunch launch, SlurmJobFiles files, int attempt, int attempts, CancellationToken cancellation)
    {
        files.WriteScript(launch, attempt, attempts);
        var submitted = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;
        var watch = Stopwatch.StartNew();
        var job = _slurm.Submit(launch.Instance, SubmitArguments(launch, files));
        Say($"{launch.Instance}: submitted as Slurm job {job}{(attempt > 1 ? $" (attempt {attempt} of {attempts})" : "")}.");
        var stdout = new LogFollower(files.Out, Console.Out, 0);
        var stderr = new LogFollower(files.Err, Console.Error, LocalProcessRunner.TailLines);
        var statusPoll = FirstStatusPoll;
        var nextStatus = watch.Elapsed + statusPoll;
        var reported = "";
        while (true)
        {
            if (cancellation.WaitHandle.WaitOne(MarkerPoll))
            {
                Stop(job);
                throw new OperationCanceledException(cancellation);
            }
            stdout.Poll();
            stderr.Poll();
            var ended = files.End();
            if (ended is null)
            {
                if (watch.Elapsed < nextStatus) continue;
                // Slurm is asked less and less often: the end marker reports a finished stage at once.
                var status = _slurm.Status(job);
                statusPoll = TimeSpan.FromTicks(Math.Min(statusPoll.Ticks * 3 / 2, LastStatusPoll.Ticks));
                nextStatus = watch.Elapsed + statusPoll;
                if (status is { IsOver: false })
                {
                    Report(launch.Instance, job, status, ref reported);
                    continue;
                }
                ended = files.End();   // it may have ended between the two looks
                if (ended is null)
                {
                    stdout.Poll(final: true);
                    stderr.Poll(final: true);
                    var how = status is null ? "vanished (neither the controller nor accounting knows it any more)" : $"ended {status.Describe}";
                    return new JobEnd(job, JobEnd.NoExitCode, how, stderr.Tail);
                }
            }
            stdout.Poll(final: true);
            stderr.Poll(final: true);
            var (exitCode, started, stopped) = ended.Value;
            var noticed = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;
            Say(string.Create(CultureInfo.InvariantCulture, $"{launch.Instance}: Slurm job {job} ended with exit code {exitCode}: {stopped - started:F1} s in the stage, ") +
                string.Create(CultureInfo.InvariantCulture, $"{started - submitted:F2} s from submission to start, {noticed - stopped:F2} s until its end was noticed."));
            if (exitCode != 0) WaitUntilOver(job);   // before a retry writes into the same staging folder
            return new JobEnd(job, exitCode, $"failed with exit code {exitCode}", stderr.Tail);
        }
    }

    /// <summary>Says when a job starts running or waits for a new reason.</summary>
    private void Report(string instance, string job, SlurmJobStatus status, ref string reported)
    {
        var now = status.IsRunning ? status.State : status.State + " " + status.Reason;
        if (now == reported) return;
        reported = now;
        Say(status.IsRunning ? $"{instance}: Slurm job {job} running on {status.Node}." : $"{instance}: Slurm job {job} {status.State.ToLowerInvariant()} ({status.Reason}).");
    }

    private List<string> SubmitArguments(StageLaunch launch, SlurmJobFiles files)
    {
        var request = launch.Resources;
        var arguments = new List<string>
        {
            "--parsable",
            $"--job-name={launch.Instance}",
            $"--chdir={launch.WorkingDirectory}",
            $"--output={files.Out}",
            $"--error={files.Err}",
            "--export=ALL",
            // Retrying is the engine's: it empties the staging folder first, which a requeue by Slurm would not.
            "--no-requeue",
            "--nodes=1",
            "--ntasks=1",
            $"--cpus-per-task={request.CoresOn(Math.Max(1, _partition.Cpus))}",
            $"--mem={(request.MemoryMB == 0 ? 0 : Math.Min(request.MemoryMB, Math.Max(1, _partition.MemoryMB)))}",
            $"--partition={_partition.Name}",
        };
        if (request.TimeMinutes is { } minutes and > 0) arguments.Add($"--time={minutes}");
        if (request.Gpus > 0 && _partition.HasGpus) arguments.Add($"--gres=gpu:{request.Gpus}");
        arguments.Add(files.Script);
        return arguments;
    }

    /// <summary>Ctrl+C: cancel the job and wait (a while) until its processes are gone.</summary>
    private void Stop(string job)
    {
        _slurm.Cancel(job);
        WaitUntilOver(job);
    }

    private void WaitUntilOver(string job)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(2) && _slurm.Status(job) is { IsOver: false }) Thread.Sleep(200);
    }

    private static void Empty(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
    }

    private string Relative(string path) => Path.GetRelativePath(_paths.Root, path);

    private void Say(string line)
    {
        lock (_console) _console.Line(line);
    }

    /// <summary>How one attempt ended: its job, the stage's exit code (-1: it never recorded one), in words.</summary>
    private sealed record JobEnd(string Job, int ExitCode, string How, IReadOnlyList<string> Tail)
    {
        public const int NoExitCode = -1;

        public bool Succeeded => ExitCode == ExitCodes.Ok;

        /// <summary>The stage rejected its input: a retry would too.</summary>
        public bool Rejected => ExitCode == ExitCodes.BadInput;

        /// <summary>The stage's own failure code, or 4 for a job stopped from outside (130 here is scancel's
        /// SIGTERM, not this run's Ctrl+C).</summary>
        public int FailureCode => ExitCode is NoExitCode or ExitCodes.Cancelled ? ExitCodes.StageFailed : ExitCode;
    }
}
