namespace Repro.Engine.Execution;

/// <summary>The `dotnet` that runs stage programs: the host running this process when it is `dotnet` (tests,
/// `dotnet repro.dll`), else the SDK's DOTNET_HOST_PATH, else `dotnet` from PATH. Stages then run on the same
/// runtime the engine records as provenance.</summary>
internal static class DotnetHost
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var current = Environment.ProcessPath;
        if (current is not null && System.IO.Path.GetFileNameWithoutExtension(current) == "dotnet") return current;
        var sdkHost = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(sdkHost) && File.Exists(sdkHost) ? sdkHost : "dotnet";
    }
}
