namespace Repro.Data.Tests.Support;

/// <summary>The repository root (the folder holding Repro.sln), found from the test assembly's folder.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Repro.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"No Repro.sln above {AppContext.BaseDirectory}");
    }
}
