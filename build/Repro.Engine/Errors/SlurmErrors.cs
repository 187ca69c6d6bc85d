namespace Repro.Engine.Errors;

/// <summary>Messages for `--executor slurm`: a missing command, a controller that does not answer, a partition
/// or a request Slurm refuses are all bad input (2), found before anything runs where they can be; what to
/// install or check is in each.</summary>
internal static class SlurmErrors
{
    public static ReproException CommandsMissing(IReadOnlyList<string> missing) =>
        new(ExitCode.BadInput, $"--executor slurm needs Slurm's client commands, and {string.Join(", ", missing)} {(missing.Count == 1 ? "is" : "are")} not on PATH. " +
            "Install them (Debian and Ubuntu: apt-get install slurm-client, with munge for authentication), load your cluster's Slurm module, " +
            "or run without --executor slurm.");

    public static ReproException ConfigMissing(string file) =>
        new(ExitCode.BadInput, $"SLURM_CONF names {file}, which does not exist. Point it at your cluster's slurm.conf, or unset it to use /etc/slurm/slurm.conf.");

    public static ReproException ControllerUnreachable(string said) =>
        new(ExitCode.BadInput, $"The Slurm controller cannot be reached: 'scontrol ping' said: {said.Trim()}. " +
            "Check that slurmctld is running and that slurm.conf (SLURM_CONF, or /etc/slurm/slurm.conf) names its host and port, " +
            "and that munged runs on this host; 'scontrol ping' must say UP.");

    public static ReproException CommandHung(string command, TimeSpan after) =>
        new(ExitCode.BadInput, $"'{command}' did not answer within {after.TotalSeconds:F0} s. Check that slurmctld is running and reachable ('scontrol ping').");

    public static ReproException CommandFailed(string command, string said) =>
        new(ExitCode.BadInput, $"'{command}' failed: {said.Trim()}. Check the Slurm controller ('scontrol ping', 'sinfo').");

    public static ReproException NoSuchPartition(string partition, IEnumerable<string> known) =>
        new(ExitCode.BadInput, $"Slurm has no partition '{partition}'. Partitions: {string.Join(", ", known)} ('sinfo -s' lists them); pass one with --partition.");

    public static ReproException NoPartition() =>
        new(ExitCode.BadInput, "Slurm lists no partition ('sinfo' shows none). Add one to slurm.conf, or pass --partition.");

    public static ReproException PartitionDown(string partition, string state) =>
        new(ExitCode.BadInput, $"Slurm partition '{partition}' is {state}, so no job would start. Pick another with --partition, or ask for it to be brought up ('scontrol update PartitionName={partition} State=UP').");

    public static ReproException SubmitRefused(string instance, string command, string said) =>
        new(ExitCode.BadInput, $"Slurm refused the job for {instance}: {said.Trim()}\nThe submission was: {command}\n" +
            "Fix the stage's \"resources\" in its stage.json (cpus, gpus, memoryMB, timeMinutes) or pick another --partition.");
}
