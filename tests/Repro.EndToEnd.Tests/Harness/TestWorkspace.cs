using System.Diagnostics;
using System.Security.Cryptography;

namespace Repro.EndToEnd.Tests.Harness;

/// <summary>A temporary copy of the repository: params, lock, data and every stage's stage.json, with the
/// stage programs' build folders linked (not copied: LibTorch alone is ~600 MB), so `repro --workspace`
/// runs the real pipeline there without touching the repository.</summary>
internal sealed class TestWorkspace : IDisposable
{
    private TestWorkspace(string root) => Root = root;

    public string Root { get; }

    public string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static TestWorkspace FromRepository()
    {
        var workspace = new TestWorkspace(NewRoot());
        var repo = RepoRoot.Path;
        foreach (var file in new[] { "params.json", "pipeline.lock.json" })
        {
            if (File.Exists(Path.Combine(repo, file))) File.Copy(Path.Combine(repo, file), workspace.PathOf(file));
        }
        CopyDirectory(Path.Combine(repo, "data", "raw"), workspace.PathOf("data", "raw"));
        foreach (var stageJson in Directory.GetFiles(Path.Combine(repo, "stages"), "stage.json", SearchOption.AllDirectories))
        {
            var stageDir = Path.GetDirectoryName(stageJson)!;
            if (stageDir.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) continue;
            var target = workspace.PathOf("stages", Path.GetFileName(stageDir));
            Directory.CreateDirectory(target);
            File.Copy(stageJson, Path.Combine(target, "stage.json"));
            Directory.CreateSymbolicLink(Path.Combine(target, "bin"), Path.Combine(stageDir, "bin"));
        }
        return workspace;
    }

    /// <summary>A full copy (cache, outputs, lock included) so a test can change things independently.</summary>
    public TestWorkspace Clone()
    {
        var clone = new TestWorkspace(NewRoot());
        Directory.Delete(clone.Root);
        var copy = Process.Start("cp", ["-a", Root, clone.Root])!;
        copy.WaitForExit();
        Assert.Equal(0, copy.ExitCode);
        return clone;
    }

    public ReproResult Repro(params string[] args) => ReproProcess.Run(Root, args);

    /// <summary>repro with extra environment variables (a remote's credentials).</summary>
    public ReproResult Repro(IReadOnlyDictionary<string, string> env, params string[] args) => ReproProcess.Run(Root, args, env);

    /// <summary>Hash of every file under the given folders (relative path + bytes): "nothing changed" checks.</summary>
    public string Fingerprint(params string[] relativeFolders)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var folder in relativeFolders)
        {
            var full = PathOf(folder);
            if (File.Exists(full)) { Add(sha, folder, full); continue; }
            if (!Directory.Exists(full)) continue;
            foreach (var file in Directory.GetFiles(full, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                Add(sha, Path.GetRelativePath(Root, file), file);
        }
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static void Add(IncrementalHash sha, string name, string file)
    {
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes(name.Replace('\\', '/') + "\n"));
        sha.AppendData(File.ReadAllBytes(file));
    }

    private static string NewRoot() => Directory.CreateTempSubdirectory("repro-e2e-").FullName;

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }
}
