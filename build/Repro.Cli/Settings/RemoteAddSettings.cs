namespace Repro.Cli.Settings;

/// <summary>`repro remote add NAME URL [--default] [--endpoint E] [--local]`.</summary>
internal sealed class RemoteAddSettings : CommonSettings
{
    [CommandArgument(0, "<NAME>")]
    public string Name { get; init; } = "";

    [CommandArgument(1, "<URL>")]
    [Description("A folder path, azure://CONTAINER/PREFIX or s3://BUCKET/PREFIX. Never credentials.")]
    public string Url { get; init; } = "";

    [CommandOption("--default")]
    [Description("Make it the remote push, pull and runs use without --remote.")]
    public bool Default { get; init; }

    [CommandOption("--endpoint <URL>")]
    [Description("A custom endpoint: an S3-compatible store (MinIO, Ceph) or an emulator (Azurite).")]
    public string? Endpoint { get; init; }

    [CommandOption("--local")]
    [Description("Write it to .repro/config.local.json (this machine only) instead of the committed .repro/config.json.")]
    public bool Local { get; init; }
}
