namespace Repro.Engine.Remotes;

internal enum RemoteKind
{
    Folder,
    Azure,
    S3,
}
