namespace Repro.EndToEnd.Tests.Harness;

/// <summary>The repository these tests were built from (the folder holding Repro.sln).</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Repro.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No Repro.sln above {AppContext.BaseDirectory}");
    }

    public static string Repro => System.IO.Path.Combine(Path, "build", "Repro.Cli", "bin", "Release", "net10.0", "repro.dll");
}
