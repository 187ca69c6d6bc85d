namespace Repro.Engine.Remotes;

/// <summary>Opens the store behind a configured remote.</summary>
internal static class RemoteStores
{
    public static IRemoteStore Open(RemoteDefinition remote, WorkspacePaths paths)
    {
        var url = RemoteUrl.Parse(remote.Url, paths.Root);
        return url.Kind switch
        {
            RemoteKind.Azure => new AzureBlobRemote(url, remote.Endpoint),
            RemoteKind.S3 => new S3Remote(url, remote.Endpoint),
            _ => new FolderRemote(url),
        };
    }
}
