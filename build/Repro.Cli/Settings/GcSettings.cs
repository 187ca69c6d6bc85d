namespace Repro.Cli.Settings;

/// <summary>`repro gc [--dry-run] [--all-commits] [--grace-hours H]`.</summary>
internal sealed class GcSettings : CommonSettings
{
    [CommandOption("--dry-run")]
    [Description("List what would be freed, in bytes per superseded stage instance; delete nothing.")]
    public bool DryRun { get; init; }

    [CommandOption("--all-commits")]
    [Description("Also keep what pipeline.lock.json reaches in every commit on a branch or tag.")]
    public bool AllCommits { get; init; }

    [CommandOption("--grace-hours <HOURS>")]
    [Description("Keep anything younger than this (default 24).")]
    [DefaultValue(24.0)]
    public double GraceHours { get; init; } = 24;

    [CommandOption("--remote [NAME]")]
    [Description("Collect on a remote instead (the default remote, or NAME): this project's results no lock reaches.")]
    public FlagValue<string>? Remote { get; init; }

    [CommandOption("--delete")]
    [Description("Allow deleting from the remote (without it, gc --remote only lists).")]
    public bool Delete { get; init; }

    [CommandOption("--all-projects")]
    [Description("On a remote, also results other projects pushed, and objects no entry names.")]
    public bool AllProjects { get; init; }

    public override ValidationResult Validate() =>
        GraceHours >= 0 ? ValidationResult.Success() : ValidationResult.Error($"--grace-hours must be 0 or more, not {GraceHours}");
}
