using System.Diagnostics;
using Repro.Engine.Tests.Support;

namespace Repro.Engine.Tests.EndToEnd;

/// <summary>The `repro` executable itself: verbs, exit codes, Ctrl+C.</summary>
public sealed class CliTests
{
    [Fact]
    public void Should_Exit_0_On_Check_When_The_Lock_Matches_And_2_When_Anything_Would_Run()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        Assert.Equal(0, ReproProcess.Run(workspace, "--profile", "quick").ExitCode);

        // When
        var upToDate = ReproProcess.Run(workspace, "status", "--check", "--profile", "quick");
        var stale = ReproProcess.Run(workspace, "status", "--check", "--profile", "quick", "--set", "e1.fit.factor=4");

        // Then
        Assert.Equal(0, upToDate.ExitCode);
        Assert.Equal(2, stale.ExitCode);
        Assert.Equal("2 stage instance(s) are not up to date with pipeline.lock.json. Run 'repro' and commit pipeline.lock.json.\n", stale.Error);
        Assert.Contains("fit@e1           will run     fit.factor: 1.5 -> 4.0", stale.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Print_Status_As_Json_And_Explain_As_Lines()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        ReproProcess.Run(workspace, "--profile", "quick");

        // When
        var json = ReproProcess.Run(workspace, "status", "--json", "--profile", "quick", "--set", "report.title=T");
        var explain = ReproProcess.Run(workspace, "explain", "report", "--profile", "quick", "--set", "report.title=T");

        // Then
        var statuses = Newtonsoft.Json.Linq.JArray.Parse(json.Out);
        Assert.Equal("will run", (string)statuses.Last()["status"]!);
        Assert.Equal("report.title: \"Models\" -> \"T\"", (string)statuses.Last()["reason"]!);
        Assert.Equal((0, "report.title: \"Models\" -> \"T\"\n"), (explain.ExitCode, explain.Out));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("status", "--help")]
    [InlineData("explain", "--help")]
    [InlineData("verify", "--help")]
    [InlineData("dag", "--help")]
    public void Should_Print_Help_For_Every_Verb(params string[] args)
    {
        // Given
        using var workspace = TestWorkspace.Create();

        // When
        var (exitCode, output, _) = ReproProcess.Run(workspace, args);

        // Then
        Assert.Equal(0, exitCode);
        Assert.Contains("USAGE:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Exit_2_On_Bad_Usage()
    {
        // Given
        using var workspace = TestWorkspace.Create();

        // When
        var (exitCode, _, error) = ReproProcess.Run(workspace, "--no-such-option");

        // Then
        Assert.Equal(2, exitCode);
        Assert.Contains("no-such-option", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Exit_130_And_Leave_Everything_Identical_On_Ctrl_C()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        var before = workspace.Snapshot();

        // When: SIGINT to repro alone (a terminal would signal the stage too; repro forwards it)
        using var repro = ReproProcess.Start(workspace, "--profile", "quick", "--set", "e1.fit.sleep=60000");
        FailureTests.WaitForPid(workspace, "fit@e1");
        using (var kill = Process.Start("kill", ["-INT", repro.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
        var error = repro.StandardError.ReadToEnd();
        repro.WaitForExit();

        // Then
        Assert.Equal(130, repro.ExitCode);
        Assert.Contains("Cancelled.", error, StringComparison.Ordinal);
        workspace.AssertUnchangedSince(before);
    }

    [Fact]
    public void Should_Stop_Every_Running_Stage_On_Ctrl_C_With_Several_Jobs_And_Leave_Everything_Identical()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        var before = workspace.Snapshot();

        // When: SIGINT to repro while fit@e1 and fit@e2 both run
        using var repro = ReproProcess.Start(workspace, "--profile", "quick", "--jobs", "2", "--set", "fit.sleep=60000");
        var stages = new[] { "fit@e1", "fit@e2" }.Select(i => FailureTests.WaitForPid(workspace, i)).ToList();
        using (var kill = Process.Start("kill", ["-INT", repro.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
        var error = repro.StandardError.ReadToEnd();
        repro.WaitForExit();

        // Then: both stage processes are gone, and nothing changed
        Assert.Equal(130, repro.ExitCode);
        Assert.Contains("Cancelled.", error, StringComparison.Ordinal);
        Assert.All(stages, pid => Assert.False(IsAlive(pid), $"stage process {pid} still runs"));
        workspace.AssertUnchangedSince(before);
    }

    [Theory]
    [InlineData("--partition", "debug", "--partition only applies with --executor slurm")]
    [InlineData("--retries", "3", "--retries only applies with --executor slurm")]
    [InlineData("--executor", "k8s", "--executor must be local or slurm, not 'k8s'")]
    public void Should_Reject_Executor_Options_That_Do_Not_Fit_As_Usage_Errors(string option, string value, string expected)
    {
        using var workspace = TestWorkspace.Create();

        var (exitCode, _, error) = ReproProcess.Run(workspace, "--profile", "quick", option, value);

        Assert.Equal(2, exitCode);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.False(workspace.Exists("outputs"));
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
