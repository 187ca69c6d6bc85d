namespace Repro.Pipeline.Benchmarks;

/// <summary>The repository (the folder holding Repro.sln above this program or the current folder) and the
/// built repro executable in it.</summary>
internal static class RepoRoot
{
    public static string? Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Repro.sln"))) return dir.FullName;
            }
        }
        return null;
    }

    public static string Repro(string root) => Path.Combine(root, "build", "Repro.Cli", "bin", "Release", "net10.0", "repro.dll");
}
