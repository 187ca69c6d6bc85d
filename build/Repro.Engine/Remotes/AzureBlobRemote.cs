using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Repro.Engine.Remotes;

/// <summary>A remote in an Azure Blob Storage container. Credentials from the standard sources: the
/// AZURE_STORAGE_CONNECTION_STRING variable, or AZURE_STORAGE_ACCOUNT with AZURE_STORAGE_KEY (the endpoint then
/// is https://ACCOUNT.blob.core.windows.net, or the remote's configured endpoint, e.g. Azurite's).</summary>
internal sealed class AzureBlobRemote : IRemoteStore
{
    private const string CredentialVariables = "AZURE_STORAGE_CONNECTION_STRING (or AZURE_STORAGE_ACCOUNT and AZURE_STORAGE_KEY)";
    private readonly BlobContainerClient _container;
    private readonly string _prefix;

    public AzureBlobRemote(RemoteUrl url, string? endpoint)
    {
        _prefix = url.Prefix.Length == 0 ? "" : url.Prefix + "/";
        var options = new BlobClientOptions { Retry = { MaxRetries = 2, NetworkTimeout = TimeSpan.FromSeconds(60) } };
        var connection = Environment.GetEnvironmentVariable("AZURE_STORAGE_CONNECTION_STRING");
        var account = Environment.GetEnvironmentVariable("AZURE_STORAGE_ACCOUNT");
        var key = Environment.GetEnvironmentVariable("AZURE_STORAGE_KEY");
        try
        {
            BlobServiceClient service;
            if (!string.IsNullOrEmpty(connection)) service = new BlobServiceClient(connection, options);
            else if (!string.IsNullOrEmpty(account) && !string.IsNullOrEmpty(key))
                service = new BlobServiceClient(new Uri(endpoint ?? $"https://{account}.blob.core.windows.net"),
                    new Azure.Storage.StorageSharedKeyCredential(account, key), options);
            else throw RemoteErrors.NoCredentials(url.Location, CredentialVariables, "none of them is set");
            _container = service.GetBlobContainerClient(url.Container);
        }
        catch (FormatException e)
        {
            throw RemoteErrors.NoCredentials(url.Location, CredentialVariables, "it is malformed: " + e.Message);
        }
        Describe = $"{url.Location} at {_container.Uri.GetLeftPart(UriPartial.Authority)}";
    }

    public string Describe { get; }

    public Task<Dictionary<string, RemoteBlob>> ListAsync(string prefix, CancellationToken cancellation) => Guard(async () =>
    {
        var names = new Dictionary<string, RemoteBlob>(StringComparer.Ordinal);
        await foreach (var item in _container.GetBlobsAsync(BlobTraits.None, BlobStates.None, _prefix + prefix, cancellation))
            names[item.Name[_prefix.Length..]] = new RemoteBlob(item.Properties.ContentLength ?? -1, item.Properties.LastModified ?? DateTimeOffset.UtcNow);
        return names;
    });

    public Task UploadAsync(string file, string name, CancellationToken cancellation) => Guard(async () =>
    {
        // Conditional create: of two machines pushing the same content-addressed name, the first wins and the
        // second finds it there (same bytes for an object; an equally valid entry for a key).
        try
        {
            await _container.GetBlobClient(_prefix + name).UploadAsync(file, overwrite: false, cancellation);
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.BlobAlreadyExists)
        {
        }
        return true;
    });

    public Task<bool> DownloadAsync(string name, string file, CancellationToken cancellation) => Guard(async () =>
    {
        try
        {
            await _container.GetBlobClient(_prefix + name).DownloadToAsync(file, cancellation);
            return true;
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.BlobNotFound)
        {
            if (File.Exists(file)) File.Delete(file);
            return false;
        }
    });

    public Task DeleteAsync(string name, CancellationToken cancellation) => Guard(async () =>
    {
        await _container.GetBlobClient(_prefix + name).DeleteIfExistsAsync(cancellationToken: cancellation);
        return true;
    });

    public void Dispose()
    {
    }

    private async Task<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (RequestFailedException e) when (e.Status is 401 or 403)
        {
            throw RemoteErrors.Refused(Describe, CredentialVariables, e.ErrorCode ?? e.Message);
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            throw RemoteErrors.NoContainer(Describe, $"container '{_container.Name}'");
        }
        catch (RequestFailedException e) when (e.Status == 0)
        {
            throw RemoteErrors.Unreachable(Describe, e.InnerException?.Message ?? e.Message);
        }
        catch (RequestFailedException e)
        {
            throw RemoteErrors.Unreachable(Describe, $"the server answered {e.Status} {e.ErrorCode}");
        }
        catch (AggregateException e) when (e.InnerException is RequestFailedException or HttpRequestException)
        {
            throw RemoteErrors.Unreachable(Describe, e.InnerException!.Message);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException { CancellationToken.IsCancellationRequested: false })
        {
            throw RemoteErrors.Unreachable(Describe, e.Message);
        }
    }
}
