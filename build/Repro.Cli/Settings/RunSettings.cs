namespace Repro.Cli.Settings;

/// <summary>`repro [TARGET]`.</summary>
internal sealed class RunSettings : CommonSettings
{
    [CommandArgument(0, "[TARGET]")]
    [Description("A stage name: run only its instances and their upstream (default: the whole pipeline).")]
    public string? Target { get; init; }

    [CommandOption("--force")]
    [Description("Rerun the target's instances even if they are up to date.")]
    public bool Force { get; init; }

    [CommandOption("--dry-run")]
    [Description("Print the plan and run nothing.")]
    public bool DryRun { get; init; }

    [CommandOption("--no-wait")]
    [Description("Fail (exit 2) instead of waiting when another repro run holds the workspace.")]
    public bool NoWait { get; init; }

    [CommandOption("-r|--remote <NAME>")]
    [Description("Pull results this remote's cache has instead of recomputing them (default: the default remote).")]
    public string? Remote { get; init; }

    [CommandOption("-j|--jobs <N>")]
    [Description("Run up to N stage processes at once (instances whose inputs are settled), never more cores than the machine has.")]
    [DefaultValue(1)]
    public int Jobs { get; init; } = 1;

    [CommandOption("--keep-going")]
    [Description("After a failure, still run the instances that do not depend on it (the exit code is still the failure's).")]
    public bool KeepGoing { get; init; }

    [CommandOption("--executor <KIND>")]
    [Description("Where stage processes run: local (default) or slurm (one sbatch job per instance; the workspace must be on a filesystem the nodes share).")]
    [DefaultValue("local")]
    public string Executor { get; init; } = "local";

    [CommandOption("--partition <P>")]
    [Description("With --executor slurm: the partition jobs go to (default: the cluster's default partition).")]
    public string? Partition { get; init; }

    [CommandOption("--retries <K>")]
    [Description("With --executor slurm: resubmit a job that failed, was cancelled or preempted up to K times; training resumes from its last checkpoint (default 2).")]
    public int? Retries { get; init; }

    [CommandOption("--offline")]
    [Description("Never consult a remote.")]
    public bool Offline { get; init; }

    public override RunOptions Options() => base.Options() with
    {
        Target = Target, Force = Force, NoWait = NoWait, Remote = Remote, Offline = Offline, Jobs = Jobs, KeepGoing = KeepGoing,
        Slurm = Executor == "slurm" ? new SlurmOptions(Partition, Retries ?? SlurmOptions.DefaultRetries) : null,
    };

    public override ValidationResult Validate()
    {
        if (Jobs < 1) return ValidationResult.Error($"--jobs must be 1 or more, not {Jobs}");
        if (Executor is not ("local" or "slurm")) return ValidationResult.Error($"--executor must be local or slurm, not '{Executor}'");
        if (Executor != "slurm" && (Partition is not null || Retries is not null))
            return ValidationResult.Error($"{(Partition is not null ? "--partition" : "--retries")} only applies with --executor slurm");
        if (Retries is < 0 or > 100) return ValidationResult.Error($"--retries must be 0 to 100, not {Retries}");
        return ValidationResult.Success();
    }
}
