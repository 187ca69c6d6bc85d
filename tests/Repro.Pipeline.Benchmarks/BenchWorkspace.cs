namespace Repro.Pipeline.Benchmarks;

/// <summary>A temporary copy of the repository as the end-to-end tests build it: params.json,
/// pipeline.lock.json, data/raw, every stages/*/stage.json with the stage's bin folder symlinked (LibTorch alone
/// is ~600 MB). The stage builds are shared with the repository: a concurrent rebuild changes code fingerprints.</summary>
internal sealed class BenchWorkspace : IDisposable
{
    private readonly bool _keep;

    private BenchWorkspace(string root, bool keep)
    {
        Root = root;
        _keep = keep;
    }

    public string Root { get; }

    public static BenchWorkspace FromRepository(string repo, bool keep)
    {
        var workspace = new BenchWorkspace(Directory.CreateTempSubdirectory("repro-pipeline-bench-").FullName, keep);
        foreach (var file in new[] { "params.json", "pipeline.lock.json" })
        {
            if (File.Exists(Path.Combine(repo, file))) File.Copy(Path.Combine(repo, file), Path.Combine(workspace.Root, file));
        }
        var raw = Path.Combine(workspace.Root, "data", "raw");
        Directory.CreateDirectory(raw);
        foreach (var file in Directory.GetFiles(Path.Combine(repo, "data", "raw")))
            File.Copy(file, Path.Combine(raw, Path.GetFileName(file)));
        foreach (var stageDir in StageFolders(repo))
        {
            var target = Path.Combine(workspace.Root, "stages", Path.GetFileName(stageDir));
            Directory.CreateDirectory(target);
            File.Copy(Path.Combine(stageDir, "stage.json"), Path.Combine(target, "stage.json"));
            Directory.CreateSymbolicLink(Path.Combine(target, "bin"), Path.Combine(stageDir, "bin"));
        }
        return workspace;
    }

    /// <summary>Every stages/*/ folder holding a stage.json (not the copies under bin/).</summary>
    public static IEnumerable<string> StageFolders(string repo) =>
        Directory.GetDirectories(Path.Combine(repo, "stages"))
            .Where(dir => File.Exists(Path.Combine(dir, "stage.json")))
            .Order(StringComparer.Ordinal);

    public void Dispose()
    {
        if (_keep)
        {
            Console.WriteLine($"Kept the workspace: {Root}");
            return;
        }
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
