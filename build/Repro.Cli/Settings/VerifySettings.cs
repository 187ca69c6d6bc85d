namespace Repro.Cli.Settings;

/// <summary>Options of `repro verify`.</summary>
internal sealed class VerifySettings : CommonSettings
{
    [CommandOption("--bitwise")]
    [Description("Fail (exit 4) unless every instance could be compared bit for bit: for checking that this machine reproduces a lock it wrote itself.")]
    public bool Bitwise { get; init; }
}
