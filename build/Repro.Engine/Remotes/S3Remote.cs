using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Repro.Engine.Remotes;

/// <summary>A remote in an S3 bucket: Amazon S3, or an S3-compatible store (MinIO, Ceph RGW, Garage; s3rver in
/// the tests) at a custom endpoint, addressed path-style, with the SDK's request checksums sent only when
/// required (the default flexible checksums break most non-AWS servers) and without aws-chunked uploads. Credentials come from the SDK's
/// standard chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, instance roles); the region from
/// AWS_REGION (default us-east-1); the endpoint from the remote's config or AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL.</summary>
internal sealed class S3Remote : IRemoteStore
{
    private readonly AmazonS3Client _client;
    private readonly string _bucket;
    private readonly string _prefix;
    private readonly string? _endpoint;

    public S3Remote(RemoteUrl url, string? endpoint)
    {
        _bucket = url.Container;
        _prefix = url.Prefix.Length == 0 ? "" : url.Prefix + "/";
        _endpoint = endpoint ?? Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL_S3") ?? Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL");
        var config = new AmazonS3Config
        {
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            Timeout = TimeSpan.FromSeconds(60),
            MaxErrorRetry = 2,
            AuthenticationRegion = Environment.GetEnvironmentVariable("AWS_REGION") ?? "us-east-1",
        };
        if (_endpoint is not null)
        {
            config.ServiceURL = _endpoint;
            config.ForcePathStyle = true;
        }
        else
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(config.AuthenticationRegion);
        }
        config.ConnectTimeout = TimeSpan.FromSeconds(5);
        Describe = _endpoint is null ? url.Location : $"{url.Location} at {_endpoint}";
        try
        {
            _client = new AmazonS3Client(config);
        }
        catch (AmazonServiceException e)
        {
            throw RemoteErrors.Unreachable(Describe, $"the server answered {(int)e.StatusCode} {e.ErrorCode}: {e.Message}");
        }
        catch (AmazonClientException e)
        {
            throw RemoteErrors.NoCredentials(Describe, "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE)", e.Message);
        }
    }

    public string Describe { get; }

    public Task<Dictionary<string, RemoteBlob>> ListAsync(string prefix, CancellationToken cancellation) => Guard(async () =>
    {
        var names = new Dictionary<string, RemoteBlob>(StringComparer.Ordinal);
        var request = new ListObjectsV2Request { BucketName = _bucket, Prefix = _prefix + prefix };
        ListObjectsV2Response page;
        do
        {
            page = await _client.ListObjectsV2Async(request, cancellation);
            foreach (var item in page.S3Objects ?? []) names[item.Key[_prefix.Length..]] = new RemoteBlob(item.Size ?? -1, item.LastModified ?? DateTime.UtcNow);
            request.ContinuationToken = page.NextContinuationToken;
        }
        while (page.IsTruncated == true);
        return names;
    });

    public Task UploadAsync(string file, string name, CancellationToken cancellation) => Guard(async () =>
    {
        // No aws-chunked streaming signature: S3-compatible servers that do not decode it (s3rver) would store
        // the chunk framing as the object's bytes.
        await _client.PutObjectAsync(new PutObjectRequest { BucketName = _bucket, Key = _prefix + name, FilePath = file, UseChunkEncoding = false },
            cancellation);
        return true;
    });

    public Task<bool> DownloadAsync(string name, string file, CancellationToken cancellation) => Guard(async () =>
    {
        try
        {
            using var response = await _client.GetObjectAsync(_bucket, _prefix + name, cancellation);
            await using var output = File.Create(file);
            await response.ResponseStream.CopyToAsync(output, cancellation);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    });

    public Task DeleteAsync(string name, CancellationToken cancellation) => Guard(async () =>
    {
        await _client.DeleteObjectAsync(_bucket, _prefix + name, cancellation);
        return true;
    });

    public void Dispose() => _client.Dispose();

    /// <summary>Turns the SDK's failures into messages that name the remote and what to check.</summary>
    private async Task<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (AmazonS3Exception e) when (e.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized
                                          || e.ErrorCode is "InvalidAccessKeyId" or "SignatureDoesNotMatch")
        {
            throw RemoteErrors.Refused(Describe, "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE)", e.Message);
        }
        catch (AmazonS3Exception e) when (e.ErrorCode == "NoSuchBucket")
        {
            throw RemoteErrors.NoContainer(Describe, $"bucket '{_bucket}'");
        }
        catch (AmazonClientException e)
        {
            throw RemoteErrors.Unreachable(Describe, e.InnerException?.Message ?? e.Message);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException { CancellationToken.IsCancellationRequested: false })
        {
            // A connection refused, reset or timed out mid-transfer (the server died, the network went).
            throw RemoteErrors.Unreachable(Describe, e.Message);
        }
    }
}
