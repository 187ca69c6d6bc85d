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

    [CommandOption("--offline")]
    [Description("Never consult a remote.")]
    public bool Offline { get; init; }

    public override RunOptions Options() => base.Options() with { Target = Target, Force = Force, NoWait = NoWait, Remote = Remote, Offline = Offline, Jobs = Jobs, KeepGoing = KeepGoing };

    public override ValidationResult Validate() => Jobs >= 1 ? ValidationResult.Success() : ValidationResult.Error($"--jobs must be 1 or more, not {Jobs}");
}
