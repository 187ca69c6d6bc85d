namespace Repro.Cli.Settings;

/// <summary>`repro push|fetch|pull [TARGET]`: which instances' results, to or from which remote.</summary>
internal sealed class TransferSettings : CommonSettings
{
    [CommandArgument(0, "[TARGET]")]
    [Description("A stage: push it and its upstream; fetch or pull only its instances (default: every stage).")]
    public string? Target { get; init; }

    [CommandOption("-r|--remote <NAME>")]
    [Description("The remote (default: the configured default remote).")]
    public string? Remote { get; init; }

    public override RunOptions Options() => base.Options() with { Target = Target, Remote = Remote };
}
