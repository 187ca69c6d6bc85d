namespace Repro.Engine.Remotes;

/// <summary>A remote in a folder (local disk, NFS, SMB: a team's shared cache). Uploads go to a temp name in
/// the target folder, then are renamed, so a reader never sees half a file and two writers of the same
/// content-addressed name cannot corrupt each other.</summary>
internal sealed class FolderRemote(RemoteUrl url) : IRemoteStore
{
    private readonly string _root = url.Container;

    public string Describe => url.Location == _root ? _root : $"{url.Location} ({_root})";

    public Task<Dictionary<string, RemoteBlob>> ListAsync(string prefix, CancellationToken cancellation)
    {
        var folder = new DirectoryInfo(Path.Combine(_root, prefix));
        var names = folder.Exists
            ? folder.EnumerateFiles("*", SearchOption.AllDirectories).Where(f => !f.Name.EndsWith(".tmp", StringComparison.Ordinal))
                .ToDictionary(f => Path.GetRelativePath(_root, f.FullName).Replace('\\', '/'), f => new RemoteBlob(f.Length, f.LastWriteTimeUtc), StringComparer.Ordinal)
            : new Dictionary<string, RemoteBlob>(StringComparer.Ordinal);
        return Task.FromResult(names);
    }

    public async Task UploadAsync(string file, string name, CancellationToken cancellation)
    {
        var target = Path.Combine(_root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = $"{target}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var input = File.OpenRead(file))
            await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await input.CopyToAsync(output, cancellation);
                output.Flush(flushToDisk: true);
            }
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    public async Task<bool> DownloadAsync(string name, string file, CancellationToken cancellation)
    {
        var source = Path.Combine(_root, name);
        if (!File.Exists(source)) return false;
        await using var input = File.OpenRead(source);
        await using var output = File.Create(file);
        await input.CopyToAsync(output, cancellation);
        return true;
    }

    public Task DeleteAsync(string name, CancellationToken cancellation)
    {
        File.Delete(Path.Combine(_root, name));
        return Task.CompletedTask;
    }

    public void Dispose()
    {
    }
}
