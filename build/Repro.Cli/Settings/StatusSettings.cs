namespace Repro.Cli.Settings;

/// <summary>`repro status`.</summary>
internal sealed class StatusSettings : CommonSettings
{
    [CommandArgument(0, "[TARGET]")]
    [Description("A stage name: only its instances and their upstream.")]
    public string? Target { get; init; }

    [CommandOption("--json")]
    [Description("Print the status as JSON.")]
    public bool Json { get; init; }

    [CommandOption("--check")]
    [Description("For CI: compare keys with pipeline.lock.json only (outputs need not exist); exit 2 if anything would run.")]
    public bool Check { get; init; }

    [CommandOption("--remote [NAME]")]
    [Description("Where each locked result is: local only, remote only, both or neither (the default remote, or NAME).")]
    public FlagValue<string>? Remote { get; init; }

    public override RunOptions Options() => base.Options() with { Target = Target, Remote = Remote is { IsSet: true, Value: { Length: > 0 } v } ? v : null };
}
