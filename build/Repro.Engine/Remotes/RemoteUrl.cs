namespace Repro.Engine.Remotes;

/// <summary>Where a remote lives: a folder (local disk, NFS, SMB), `azure://CONTAINER/PREFIX` (Azure Blob
/// Storage) or `s3://BUCKET/PREFIX` (Amazon S3 and S3-compatible stores). URLs never hold credentials.</summary>
internal sealed record RemoteUrl(RemoteKind Kind, string Location, string Container, string Prefix)
{
    public const string Schemes = "a folder path (/mnt/team/repro-cache, ../cache, \\\\server\\share), azure://CONTAINER/PREFIX, s3://BUCKET/PREFIX";

    public static RemoteUrl Parse(string url, string workspaceRoot)
    {
        if (url.StartsWith("azure://", StringComparison.Ordinal) || url.StartsWith("s3://", StringComparison.Ordinal))
        {
            var kind = url.StartsWith("azure://", StringComparison.Ordinal) ? RemoteKind.Azure : RemoteKind.S3;
            var rest = url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..].Trim('/');
            var slash = rest.IndexOf('/');
            var container = slash < 0 ? rest : rest[..slash];
            var prefix = slash < 0 ? "" : rest[(slash + 1)..].Trim('/');
            if (container.Length == 0) throw RemoteErrors.BadUrl(url, $"it names no {(kind == RemoteKind.Azure ? "container" : "bucket")}");
            return new RemoteUrl(kind, url, container, prefix);
        }
        if (url.Contains("://", StringComparison.Ordinal)) throw RemoteErrors.BadUrl(url, "its scheme is not supported");
        if (url.Trim().Length == 0) throw RemoteErrors.BadUrl(url, "it is empty");
        return new RemoteUrl(RemoteKind.Folder, url, Path.GetFullPath(Path.Combine(workspaceRoot, url)), "");
    }
}
