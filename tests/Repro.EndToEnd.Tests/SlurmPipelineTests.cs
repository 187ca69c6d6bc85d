using System.Diagnostics;
using Repro.EndToEnd.Tests.Harness;
using Repro.TestServers;

namespace Repro.EndToEnd.Tests;

/// <summary>The real ci pipeline with `--executor slurm` on a real single-node Slurm cluster started on this
/// host: the same lock as the fixture's local run, and a train job cancelled with scancel that is resubmitted,
/// resumes from its checkpoint and ends bitwise identical to an uninterrupted local run.</summary>
[Collection(CiPipelineCollection.Name)]
public sealed class SlurmPipelineTests(CiPipelineFixture fixture, SlurmPipelineTests.Cluster slurm) : IClassFixture<SlurmPipelineTests.Cluster>
{
    private static readonly string[] Products = ["outputs/preprocess", "outputs/augment", "outputs/train", "outputs/sample", "outputs/best", "outputs/report/report.md", "outputs/report/assets"];

    [Fact]
    public void Should_Give_The_Outputs_And_Lock_Of_A_Local_Run_With_Three_Jobs_On_Slurm()
    {
        Assert.Equal(0, fixture.FirstRun.ExitCode);
        using var workspace = TestWorkspace.FromRepository();

        var run = workspace.Repro(slurm.Instance.Environment, "report", "--profile", "ci", "--executor", "slurm", "--jobs", "3");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("train@run1: submitted as Slurm job ", run.Output + run.Error, StringComparison.Ordinal);
        Assert.Equal(fixture.FirstRun.Outcomes.OrderBy(o => o.Key, StringComparer.Ordinal), run.Outcomes.OrderBy(o => o.Key, StringComparer.Ordinal));
        Assert.Equal(fixture.Workspace.Fingerprint(Products), workspace.Fingerprint(Products));
        Assert.Equal(File.ReadAllText(fixture.Workspace.PathOf("pipeline.lock.json")), File.ReadAllText(workspace.PathOf("pipeline.lock.json")));
    }

    [Fact]
    public async Task Should_Resume_A_Train_Job_Cancelled_With_Scancel_And_End_Bitwise_Identical_To_An_Uninterrupted_Run()
    {
        // Given two copies of an up-to-date workspace and a new condition for run2 (so train@run2 must run)
        using var uninterrupted = fixture.Workspace.Clone();
        using var interrupted = fixture.Workspace.Clone();
        string[] args = ["train", "--profile", "ci", "--experiment", "run2", "--set", "run2.train.seed=7"];

        // When one trains straight through locally, and the other's Slurm job is cancelled after its first checkpoint
        var straight = uninterrupted.Repro(args);
        Assert.True(straight.ExitCode == 0, straight.ToString());
        using var process = ReproProcess.Start(interrupted.Root, [.. args, "--executor", "slurm"], slurm.Instance.Environment);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var job = WaitForCheckpointedJob(interrupted, process, "train@run2");
        slurm.Instance.Client("scancel", job);
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "repro did not finish within 5 minutes");

        // Then the job was resubmitted, the stage resumed, and its training outputs are the same bytes
        var said = await output + await error;
        Assert.True(process.ExitCode == 0, said);
        Assert.Contains($"train@run2: Slurm job {job} ", said, StringComparison.Ordinal);
        Assert.Contains("resubmitting (retry 1 of 2)", said, StringComparison.Ordinal);
        Assert.Contains("Resuming from the checkpoint at step", said, StringComparison.Ordinal);
        Assert.Equal(uninterrupted.Fingerprint("outputs/train/run2"), interrupted.Fingerprint("outputs/train/run2"));
    }

    /// <summary>The id of <paramref name="instance"/>'s running job once the train stage has committed a checkpoint.</summary>
    private string WaitForCheckpointedJob(TestWorkspace workspace, Process process, string instance)
    {
        var resume = workspace.PathOf(".repro", "resume");
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(5) && !process.HasExited)
        {
            var checkpointed = Directory.Exists(resume) && Directory.EnumerateDirectories(resume, "checkpoint-*", SearchOption.AllDirectories).Any();
            if (checkpointed && slurm.Instance.RunningJobs(instance) is [var job]) return job;
            Thread.Sleep(50);
        }
        throw new TimeoutException($"{instance} never ran as a Slurm job with a checkpoint (repro exited: {process.HasExited}); raise the ci epochs");
    }

    /// <summary>The cluster, started once for this class.</summary>
    public sealed class Cluster : IDisposable
    {
        public SlurmCluster Instance { get; } = SlurmCluster.Start();

        public void Dispose() => Instance.Dispose();
    }
}
