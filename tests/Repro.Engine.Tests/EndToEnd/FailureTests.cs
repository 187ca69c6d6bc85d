using System.Diagnostics;
using Repro.Engine.Tests.Support;

namespace Repro.Engine.Tests.EndToEnd;

/// <summary>Nothing half-written: failing, rejecting, misbehaving and killed stages, and a corrupt cache.</summary>
public sealed class FailureTests
{
    [Fact]
    public void Should_Leave_Outputs_Cache_And_Lock_Identical_When_A_Stage_Fails()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        var before = workspace.Snapshot();

        // When
        var (exitCode, report, error) = workspace.Run("e2.fit.fail=3");

        // Then
        Assert.Equal(4, exitCode);
        Assert.StartsWith("fit@e2 failed with exit code 3. Previous outputs, cache and pipeline.lock.json are unchanged. Last 20 line(s) of its stderr:\n  | fit@e2: diagnostic line 6\n", error, StringComparison.Ordinal);
        Assert.EndsWith("  | fit@e2: diagnostic line 25", error, StringComparison.Ordinal);
        Assert.Equal("prep@e1=cached, prep@e2=cached, aug@e1=cached, aug@e2=cached, fit@e1=cached, fit@e2=failed, report=skipped", report.Outcomes());
        workspace.AssertUnchangedSince(before);
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(workspace.Root, ".repro/staging")));
    }

    [Fact]
    public void Should_Leave_The_Cache_Identical_When_A_Stage_Fails_On_Changed_Input()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        var before = workspace.Snapshot();
        workspace.Write("data/in/b.txt", "changed");

        // When
        var (exitCode, report, _) = workspace.Run("prep.fail=3");

        // Then
        Assert.Equal(4, exitCode);
        Assert.Equal("prep@e1=failed, prep@e2=skipped, aug@e1=skipped, aug@e2=skipped, fit@e1=skipped, fit@e2=skipped, report=skipped", report.Outcomes());
        workspace.AssertUnchangedSince(before);
    }

    [Fact]
    public void Should_Exit_2_With_The_Stage_Message_When_A_Stage_Rejects_Its_Input()
    {
        // Given
        using var workspace = TestWorkspace.Create();

        // When
        var (exitCode, _, error) = workspace.Run("e1.fit.label=c");

        // Then
        Assert.Equal(2, exitCode);
        Assert.Equal("fit@e1 rejected its input (exit 2):\nfit.label 'c' is reserved for a model this stage cannot fit; use a or b.\nFix the input or params named above and rerun.", error);
    }

    [Fact]
    public void Should_Fail_When_A_Stage_Writes_An_Undeclared_File()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        var before = workspace.Snapshot();

        // When
        var (exitCode, _, error) = workspace.Run("prep.undeclared=true");

        // Then
        Assert.Equal(4, exitCode);
        Assert.Equal("prep@e1 wrote undeclared file(s) into its OutDir: stray.tmp. Declare them in stage.json \"outs\" or stop writing them.", error);
        workspace.AssertUnchangedSince(before);
    }

    [Fact]
    public async Task Should_Leave_Everything_Identical_When_The_Stage_Process_Is_Killed()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        var before = workspace.Snapshot();

        // When: SIGKILL the stage mid-run
        var run = Task.Run(() => workspace.Run("e1.fit.sleep=60000"));
        var pid = WaitForPid(workspace, "fit@e1");
        Process.GetProcessById(pid).Kill();
        var (exitCode, _, error) = await run;

        // Then
        Assert.Equal(4, exitCode);
        Assert.StartsWith("fit@e1 failed with exit code 137.", error, StringComparison.Ordinal);
        workspace.AssertUnchangedSince(before);
        Assert.Equal(0, workspace.Run().ExitCode);
    }

    [Fact]
    public void Should_Leave_Everything_Identical_And_No_Stale_Guard_When_The_Engine_Is_Killed()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        var before = workspace.Snapshot();

        // When: SIGKILL the repro process (and its stage) mid-stage
        using var repro = Process.Start(new ProcessStartInfo("dotnet", [Programs.Repro, "--profile", "quick", "--set", "e2.fit.sleep=60000"])
        {
            WorkingDirectory = workspace.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stage = WaitForPid(workspace, "fit@e2");
        repro.Kill();
        repro.WaitForExit();
        Process.GetProcessById(stage).Kill();

        // Then
        workspace.AssertUnchangedSince(before);
        var (exitCode, report, _) = workspace.Run(TestWorkspace.Quick() with { NoWait = true });
        Assert.Equal(0, exitCode);
        Assert.Equal("prep@e1=cached, prep@e2=cached, aug@e1=cached, aug@e2=cached, fit@e1=cached, fit@e2=cached, report=cached", report.Outcomes());
    }

    [Fact]
    public void Should_Recompute_When_A_Cache_Object_Is_Corrupt()
    {
        // Given: fit@e1's model is in the cache, but its object is damaged and the outputs are gone
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        var model = workspace.Read("outputs/fit/e1/model.txt");
        var hash = Hashing.ContentHasher.HashText(model);
        File.WriteAllText(Path.Combine(workspace.Paths.Objects, hash[..2], hash[2..]), "garbage");
        Directory.Delete(Path.Combine(workspace.Root, "outputs/fit/e1"), recursive: true);
        workspace.TakeStarts();

        // When
        var (_, report, _) = workspace.Run();

        // Then
        Assert.Equal("cached objects missing or corrupt", report!.ReasonOf("fit@e1"));
        Assert.Equal(["fit@e1"], workspace.TakeStarts());
        Assert.Equal(model, workspace.Read("outputs/fit/e1/model.txt"));
        Assert.Equal(model, File.ReadAllText(Path.Combine(workspace.Paths.Objects, hash[..2], hash[2..])));
    }

    internal static int WaitForPid(TestWorkspace workspace, string instance)
    {
        var file = Path.Combine(workspace.Root, instance + ".pid");
        var clock = Stopwatch.StartNew();
        while (!File.Exists(file) || File.ReadAllText(file).Length == 0)
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException($"{instance} never started");
            Thread.Sleep(20);
        }
        Thread.Sleep(50);
        return int.Parse(File.ReadAllText(file), System.Globalization.CultureInfo.InvariantCulture);
    }
}
