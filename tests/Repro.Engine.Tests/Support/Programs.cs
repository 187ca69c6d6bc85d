namespace Repro.Engine.Tests.Support;

/// <summary>Locates the built TestStages and repro programs next to this test assembly (both are project
/// references, so the build copies them here).</summary>
internal static class Programs
{
    public static string Folder => AppContext.BaseDirectory;

    /// <summary>The files a copy of the TestStages program needs: its dll, runtime and deps files, references.</summary>
    public static IEnumerable<string> TestStageFiles =>
        new[] { "TestStages.dll", "TestStages.runtimeconfig.json", "TestStages.deps.json", "Repro.StageHost.dll", "Repro.Contract.dll", "Newtonsoft.Json.dll", "System.IO.Hashing.dll" }
            .Select(f => Path.Combine(Folder, f));

    public static string Repro => Path.Combine(Folder, "repro.dll");

    /// <summary>The dotnet running these tests (by full path, so a test may give repro a PATH without it).</summary>
    public static string Dotnet => Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
}
