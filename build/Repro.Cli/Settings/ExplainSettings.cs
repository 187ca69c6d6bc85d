namespace Repro.Cli.Settings;

/// <summary>`repro explain STAGE@EXP`.</summary>
internal sealed class ExplainSettings : CommonSettings
{
    [CommandArgument(0, "<INSTANCE>")]
    [Description("A stage instance: train@run1, or report for a stage that runs once.")]
    public string Instance { get; init; } = "";
}
