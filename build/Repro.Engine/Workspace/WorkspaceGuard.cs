namespace Repro.Engine.Workspace;

/// <summary>One run at a time per workspace: an exclusive OS file lock on .repro/guard (FileShare.None is
/// flock on Linux). The kernel releases it when the process dies, so a stale guard can never block anyone
/// and there is nothing to delete by hand.</summary>
public sealed class WorkspaceGuard : IDisposable
{
    private readonly FileStream _handle;

    private WorkspaceGuard(FileStream handle) => _handle = handle;

    public static WorkspaceGuard Acquire(WorkspacePaths paths, bool wait, IEngineConsole console, CancellationToken cancellation)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(paths.Guard)!);
        var announced = false;
        while (true)
        {
            if (TryOpen(paths.Guard) is { } handle) return new WorkspaceGuard(handle);
            if (!wait) throw LockErrors.Busy(paths.Root);
            if (!announced)
            {
                console.Line($"Another repro run is using {paths.Root}; waiting for it to finish (Ctrl+C to give up, --no-wait to fail instead).");
                announced = true;
            }
            Task.Delay(200, cancellation).GetAwaiter().GetResult();
        }
    }

    public void Dispose() => _handle.Dispose();

    private static FileStream? TryOpen(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null; // held by another process (or another run in this one)
        }
    }
}
