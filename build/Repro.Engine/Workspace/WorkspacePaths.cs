namespace Repro.Engine.Workspace;

/// <summary>Where everything lives in a workspace. Engine state is under .repro/ (gitignored); results
/// under outputs/; the lock at the root.</summary>
public sealed class WorkspacePaths
{
    public WorkspacePaths(string root) => Root = Path.GetFullPath(root);

    public string Root { get; }
    public string ParamsFile => Path.Combine(Root, "params.json");
    public string LockFile => Path.Combine(Root, "pipeline.lock.json");
    public string Outputs => Path.Combine(Root, "outputs");
    public string LastRun => Path.Combine(Outputs, ".repro", "last-run.json");
    public string State => Path.Combine(Root, ".repro", "state");
    public string StatCache => Path.Combine(State, "stat-cache.bin");
    public string Objects => Path.Combine(Root, ".repro", "cache", "objects");
    public string Runs => Path.Combine(Root, ".repro", "cache", "runs");
    public string Listings => Path.Combine(Root, ".repro", "cache", "listings");
    public string Staging => Path.Combine(Root, ".repro", "staging");
    public string Resume => Path.Combine(Root, ".repro", "resume");
    public string Trash => Path.Combine(Root, ".repro", "trash");
    public string Guard => Path.Combine(Root, ".repro", "guard");
    public string RemoteConfig => Path.Combine(Root, ".repro", "config.json");
    public string LocalRemoteConfig => Path.Combine(Root, ".repro", "config.local.json");
    public string Transfers => Path.Combine(Root, ".repro", "transfers");
    public string SlurmJobs => Path.Combine(Root, ".repro", "slurm");

    /// <summary>A workspace-relative path ('/' separators) as an absolute one.</summary>
    public string Full(string relative) => Path.GetFullPath(Path.Combine(Root, relative));

    /// <summary>Walks up from <paramref name="start"/> to the first folder holding params.json.</summary>
    public static WorkspacePaths Locate(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "params.json"))) return new WorkspacePaths(dir.FullName);
        }
        throw DefinitionErrors.NoWorkspace(start);
    }
}
