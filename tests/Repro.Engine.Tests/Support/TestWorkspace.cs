using System.Security.Cryptography;
using Repro.Engine.Errors;
using Repro.Engine.Execution;
using Repro.Engine.Reporting;
using Repro.Engine.Workspace;

namespace Repro.Engine.Tests.Support;

/// <summary>A throwaway workspace: params.json, data/in, and four stages (prep -> aug -> fit -> report,
/// chained like the real pipeline), each with its own copy of the TestStages program so a test can "edit
/// one stage's code" by changing a file in that copy. Nothing is copied from the real repository.</summary>
internal sealed class TestWorkspace : IDisposable
{
    private TestWorkspace(string root)
    {
        Root = root;
        Paths = new WorkspacePaths(root);
    }

    public string Root { get; }
    public WorkspacePaths Paths { get; }
    public SilentConsole Console { get; private set; } = new();

    public static TestWorkspace Create(string? paramsJson = null)
    {
        var workspace = new TestWorkspace(Directory.CreateTempSubdirectory("repro-test-").FullName);
        workspace.Write("params.json", paramsJson ?? TestPipeline.Params);
        workspace.Write("data/in/a.txt", "alpha");
        workspace.Write("data/in/b.txt", "beta");
        workspace.Write("data/in/c.txt", "gamma");
        foreach (var (folder, stageJson) in TestPipeline.Stages) workspace.AddStage(folder, stageJson);
        return workspace;
    }

    public void AddStage(string folder, string stageJson)
    {
        Write($"stages/{folder}/stage.json", stageJson.Replace("$TESTDIR", Root.Replace("\\", "/", StringComparison.Ordinal), StringComparison.Ordinal));
        var bin = Path.Combine(Root, "stages", folder, "bin");
        Directory.CreateDirectory(bin);
        foreach (var file in Programs.TestStageFiles) File.Copy(file, Path.Combine(bin, Path.GetFileName(file)), overwrite: true);
    }

    public string Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative));

    public bool Exists(string relative) => File.Exists(Path.Combine(Root, relative)) || Directory.Exists(Path.Combine(Root, relative));

    /// <summary>Runs the pipeline in-process as the CLI would (local processes, or Slurm jobs with
    /// <see cref="RunOptions.Slurm"/>); returns the exit code the CLI would return and the report.</summary>
    public (int ExitCode, RunReport? Report, string? Error) Run(RunOptions? options = null, CancellationToken cancellation = default) =>
        Capture(() => PipelineRunner.Run(Paths, options ?? Quick(), Console, cancellation));

    /// <summary>Runs the pipeline in-process with <paramref name="runner"/> behind the executor seam.</summary>
    public (int ExitCode, RunReport? Report, string? Error) Run(IStageRunner runner, RunOptions? options = null, CancellationToken cancellation = default) =>
        Capture(() => PipelineRunner.Run(Paths, options ?? Quick(), Console, runner, cancellation));

    private (int ExitCode, RunReport? Report, string? Error) Capture(Func<RunReport> run)
    {
        Console = new SilentConsole();
        try
        {
            return (ExitCode.Ok, run(), null);
        }
        catch (ReproException e)
        {
            return (e.ExitCode, Console.LastReport, e.Message);
        }
    }

    public (int ExitCode, RunReport? Report, string? Error) Run(params string[] sets) => Run(Quick() with { Sets = sets });

    public static RunOptions Quick() => new() { Profile = "quick" };

    /// <summary>Instances whose process started since the last call, in order.</summary>
    public List<string> TakeStarts()
    {
        var log = Path.Combine(Root, "starts.log");
        if (!File.Exists(log)) return [];
        var starts = File.ReadAllLines(log).ToList();
        File.Delete(log);
        return starts;
    }

    /// <summary>Every byte the engine promises to leave alone on failure: outputs/ (minus the engine-owned
    /// run summary and changes.md), the cache and the lock, as relative path -> SHA-256.</summary>
    public SortedDictionary<string, string> Snapshot()
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in new[] { "outputs", ".repro/cache" }.Select(f => Path.Combine(Root, f)).Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(Root, file).Replace('\\', '/');
                if (!relative.StartsWith("outputs/.repro/", StringComparison.Ordinal) && relative != "outputs/report/changes.md")
                    result[relative] = Sha(file);
            }
        }
        if (File.Exists(Paths.LockFile)) result["pipeline.lock.json"] = Sha(Paths.LockFile);
        return result;
    }

    /// <summary>Asserts nothing changed since <paramref name="before"/>, naming the files that did.</summary>
    public void AssertUnchangedSince(SortedDictionary<string, string> before)
    {
        var now = Snapshot();
        var changed = before.Keys.Union(now.Keys).Where(k => before.GetValueOrDefault(k) != now.GetValueOrDefault(k)).ToList();
        Assert.True(changed.Count == 0, "changed: " + string.Join(", ", changed));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a killed stage may still be exiting; the temp folder is cleaned by the OS eventually
        }
    }

    private static string Sha(string file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
}
