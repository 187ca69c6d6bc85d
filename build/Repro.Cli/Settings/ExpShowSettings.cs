namespace Repro.Cli.Settings;

/// <summary>`repro exp show`.</summary>
internal sealed class ExpShowSettings : CommonSettings
{
    [CommandOption("--markdown")]
    [Description("Print the table as Markdown (for a pull request or the README).")]
    public bool Markdown { get; init; }
}
