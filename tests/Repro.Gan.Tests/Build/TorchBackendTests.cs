using System.Diagnostics;

namespace Repro.Gan.Tests.Build;

/// <summary>Evaluates Repro.Gan's project for each TorchBackend (no restore, no download): the CUDA packages
/// are not served here, so evaluation is what can be checked.</summary>
public class TorchBackendTests
{
    [Theory]
    [InlineData("cpu", "TorchSharp,libtorch-cpu-linux-x64")]
    [InlineData("cuda-linux", "TorchSharp-cuda-linux")]
    [InlineData("cuda-windows", "TorchSharp-cuda-windows")]
    public void Should_Swap_The_Package_References_With_The_Backend(string backend, string expected)
    {
        var output = Msbuild($"-getItem:PackageReference -p:TorchBackend={backend}");

        var torchPackages = System.Text.Json.JsonDocument.Parse(output).RootElement.GetProperty("Items").GetProperty("PackageReference")
            .EnumerateArray().Select(i => i.GetProperty("Identity").GetString()!)
            .Where(id => id.Contains("torch", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal);
        var expectedOnThisOs = expected.Split(',').Where(id => OperatingSystem.IsLinux() || !id.EndsWith("linux-x64", StringComparison.Ordinal));
        Assert.Equal(expectedOnThisOs.Order(StringComparer.Ordinal), torchPackages);
    }

    private static string Msbuild(string arguments)
    {
        var project = Path.Combine(RepositoryRoot(), "stages", "Repro.Gan", "Repro.Gan.csproj");
        var start = new ProcessStartInfo("dotnet", $"msbuild \"{project}\" {arguments}")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output + process.StandardError.ReadToEnd());
        return output;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Directory.Build.props"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
