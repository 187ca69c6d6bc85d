namespace Repro.Engine.Remotes;

/// <summary>One remote's blobs by name ("objects/ab/cdef...", "runs/KEY.json", "listings/HASH.json"), the same
/// layout as the local cache, so a folder, an Azure container and an S3 bucket are the same thing to the
/// engine. Implementations only move bytes; <see cref="RemoteCache"/> decides what and checks every hash.</summary>
internal interface IRemoteStore : IDisposable
{
    /// <summary>The remote as users know it, for messages: the URL (and the endpoint when it is not the default).</summary>
    string Describe { get; }

    /// <summary>Every name under <paramref name="prefix"/> with its size and age (one listing call per page, not
    /// one request per blob).</summary>
    Task<Dictionary<string, RemoteBlob>> ListAsync(string prefix, CancellationToken cancellation);

    /// <summary>Uploads a file under <paramref name="name"/>; the blob appears whole or not at all.</summary>
    Task UploadAsync(string file, string name, CancellationToken cancellation);

    /// <summary>Downloads <paramref name="name"/> into <paramref name="file"/>; false when there is no such blob.</summary>
    Task<bool> DownloadAsync(string name, string file, CancellationToken cancellation);

    Task DeleteAsync(string name, CancellationToken cancellation);
}
