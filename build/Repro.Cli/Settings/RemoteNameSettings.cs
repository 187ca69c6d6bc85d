namespace Repro.Cli.Settings;

/// <summary>`repro remote remove NAME`.</summary>
internal sealed class RemoteNameSettings : CommonSettings
{
    [CommandArgument(0, "<NAME>")]
    public string Name { get; init; } = "";
}
