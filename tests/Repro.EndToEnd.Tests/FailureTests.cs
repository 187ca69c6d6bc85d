using Repro.EndToEnd.Tests.Harness;

namespace Repro.EndToEnd.Tests;

/// <summary>Bad input and interruptions never corrupt anything.</summary>
[Collection(CiPipelineCollection.Name)]
public sealed class FailureTests(CiPipelineFixture fixture)
{
    private static readonly string[] Guarded = ["pipeline.lock.json", "outputs/preprocess", "outputs/augment", "outputs/train", "outputs/sample", "outputs/best", "outputs/report", ".repro/cache"];

    [Fact]
    public void Should_Fail_With_Exit_2_Naming_Every_Broken_File_And_Change_Nothing()
    {
        // Given a user's folder with one good drawing and two broken files
        using var workspace = fixture.Workspace.Clone();
        var mine = Directory.CreateDirectory(workspace.PathOf("mine")).FullName;
        File.Copy(workspace.PathOf("data", "raw", "face-001.png"), Path.Combine(mine, "good.png"));
        var png = File.ReadAllBytes(workspace.PathOf("data", "raw", "face-002.png"));
        File.WriteAllBytes(Path.Combine(mine, "cut short.png"), png[..(png.Length / 2)]);
        File.WriteAllText(Path.Combine(mine, "notes.png"), "not an image");
        var before = workspace.Fingerprint(Guarded);

        // When the pipeline points at it
        var run = workspace.Repro("report", "--profile", "ci", "--set", "preprocess.source=mine");

        // Then it fails with exit 2, names both files, and leaves lock, cache and outputs as they were
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("cut short.png", run.Error, StringComparison.Ordinal);
        Assert.Contains("notes.png", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, workspace.Fingerprint(Guarded));
    }

    [Fact]
    public void Should_Reject_An_Out_Of_Range_Param_Before_Anything_Runs()
    {
        using var workspace = fixture.Workspace.Clone();
        var before = workspace.Fingerprint(Guarded);

        var run = workspace.Repro("report", "--profile", "ci", "--set", "train.latentDim=0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("train.latentDim", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Outcomes);
        Assert.Equal(before, workspace.Fingerprint(Guarded));
    }

    [Fact]
    public void Should_Resume_A_Killed_Training_Run_And_End_Bitwise_Identical_To_An_Uninterrupted_One()
    {
        // Given two copies of an up-to-date workspace and a new condition for run2 (so train@run2 must run)
        using var uninterrupted = fixture.Workspace.Clone();
        using var interrupted = fixture.Workspace.Clone();
        string[] args = ["train", "--profile", "ci", "--experiment", "run2", "--set", "run2.train.seed=7"];

        // When one trains straight through, and the other is SIGKILLed after its first checkpoint and rerun
        var straight = uninterrupted.Repro(args);
        Assert.True(straight.ExitCode == 0, straight.ToString());
        KillAfterFirstCheckpoint(interrupted, args);
        var resumed = interrupted.Repro(args);

        // Then the rerun says it resumed, and its training outputs are the same bytes
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Contains("resum", resumed.Output + resumed.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(uninterrupted.Fingerprint("outputs/train/run2"), interrupted.Fingerprint("outputs/train/run2"));
    }

    private static void KillAfterFirstCheckpoint(TestWorkspace workspace, string[] args)
    {
        using var process = ReproProcess.Start(workspace.Root, args);
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var resume = workspace.PathOf(".repro", "resume");
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < deadline && !process.HasExited && !HasCheckpoint(resume)) Thread.Sleep(50);
        Assert.False(process.HasExited, "training finished before its first checkpoint; raise the ci iterations");
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>The train stage commits a checkpoint by renaming a finished `.tmp-*` folder to `checkpoint-NNNNNN`.</summary>
    private static bool HasCheckpoint(string resume) =>
        Directory.Exists(resume) && Directory.EnumerateDirectories(resume, "checkpoint-*", SearchOption.AllDirectories).Any();
}
