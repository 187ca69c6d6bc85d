using System.Diagnostics;
using System.Text.RegularExpressions;
using Repro.Engine.Execution;
using Repro.Engine.Reporting;
using Repro.Engine.Slurm;
using Repro.Engine.Tests.EndToEnd;
using Repro.Engine.Tests.Support;
using Repro.Engine.Tests.Unit;

namespace Repro.Engine.Tests.Slurm;

/// <summary>`--executor slurm` against a real single-node Slurm cluster (slurmctld, slurmd and munged on this
/// host), with the test pipeline's stage programs as the jobs.</summary>
[Collection(SlurmCollection.Name)]
public sealed partial class SlurmExecutorTests(SlurmClusterFixture fixture)
{
    [Fact]
    public void Should_Run_Every_Stage_As_A_Slurm_Job_With_The_Same_Outputs_And_Lock_As_A_Local_Run()
    {
        // Given
        using var local = TestWorkspace.Create();
        using var cluster = TestWorkspace.Create();
        var (localExit, localReport, _) = local.Run();

        // When
        var (exitCode, report, error) = cluster.Run(OnSlurm());

        // Then
        Assert.True(exitCode == 0, error);
        Assert.Equal(0, localExit);
        Assert.Equal(localReport.Outcomes(), report.Outcomes());
        Assert.Equal(["aug@e1", "fit@e1", "fit@e2", "prep@e1", "report"],   // prep@e2 and aug@e2 have the keys of e1's
            cluster.Console.Lines.Select(l => SubmittedLine().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal));
        Assert.Equal(Relative(local), Relative(cluster));
        Assert.Equal(local.Read("pipeline.lock.json"), cluster.Read("pipeline.lock.json").Replace(cluster.Root, local.Root, StringComparison.Ordinal));
        Assert.Contains(cluster.Console.Lines, l => l.StartsWith("fit@e1: Slurm job ", StringComparison.Ordinal) && l.Contains(" s from submission to start, ", StringComparison.Ordinal) && l.EndsWith(" s until its end was noticed.", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Ask_Slurm_For_The_Declared_Cores_Memory_And_Time()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        SchedulerTests.DeclareFitResources(workspace, """{ "cpus": 2, "memoryMB": 300, "timeMinutes": 7 }""");

        // When
        var (exitCode, _, error) = workspace.Run(OnSlurm());

        // Then
        Assert.True(exitCode == 0, error);
        var job = fixture.Cluster.Client("scontrol", "--oneliner", "show", "job", JobOf(workspace, "fit@e1"));
        Assert.Contains("JobName=fit@e1 ", job, StringComparison.Ordinal);
        Assert.Contains("JobState=COMPLETED ", job, StringComparison.Ordinal);
        Assert.Contains("NumCPUs=2 ", job, StringComparison.Ordinal);
        Assert.Contains("MinMemoryNode=300M ", job, StringComparison.Ordinal);
        Assert.Contains("TimeLimit=00:07:00 ", job, StringComparison.Ordinal);
        Assert.Contains("Partition=repro ", job, StringComparison.Ordinal);
        Assert.Contains("Requeue=0 ", job, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Resubmit_A_Failing_Job_Up_To_Its_Retries_Then_Fail_With_Its_Log_Tail_And_Change_Nothing()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        Assert.Equal(0, workspace.Run(OnSlurm()).ExitCode);
        workspace.TakeStarts();
        var before = workspace.Snapshot();

        // When
        var (exitCode, report, error) = workspace.Run(OnSlurm(retries: 1) with { Sets = ["e2.fit.fail=3"] });

        // Then
        Assert.Equal(4, exitCode);
        Assert.Matches(@"^fit@e2 failed with exit code 3 \(Slurm job \d+ failed with exit code 3 after 2 attempt\(s\); its logs: \.repro/slurm/fit@e2/attempt-2\)\. " +
                       @"Previous outputs, cache and pipeline\.lock\.json are unchanged\. Last 20 line\(s\) of its stderr:\n  \| fit@e2: diagnostic line 6\n", error);
        Assert.EndsWith("  | fit@e2: diagnostic line 25", error, StringComparison.Ordinal);
        Assert.Equal(["fit@e2", "fit@e2"], workspace.TakeStarts());
        Assert.Contains(workspace.Console.Lines, l => l.StartsWith("fit@e2: Slurm job ", StringComparison.Ordinal) && l.EndsWith(" failed with exit code 3; resubmitting (retry 1 of 1), from the stage's last checkpoint where it keeps one.", StringComparison.Ordinal));
        Assert.Equal(Outcome.Failed, report!.OutcomeOf("fit@e2"));
        workspace.AssertUnchangedSince(before);
        Assert.True(File.Exists(workspace.Paths.SlurmJobs + "/fit@e2/attempt-2/stderr.log"));
    }

    [Fact]
    public void Should_Not_Resubmit_A_Stage_That_Rejected_Its_Input()
    {
        using var workspace = TestWorkspace.Create();

        var (exitCode, _, error) = workspace.Run(OnSlurm() with { Sets = ["e2.fit.label=c"] });

        Assert.Equal(2, exitCode);
        Assert.StartsWith("fit@e2 rejected its input (exit 2):\n", error, StringComparison.Ordinal);
        Assert.Contains("fit.label 'c' is reserved", error, StringComparison.Ordinal);
        Assert.Equal(1, Submissions(workspace, "fit@e2"));
    }

    [Fact]
    public async Task Should_Resubmit_A_Job_Cancelled_With_Scancel_And_Finish_With_The_Outputs_Of_An_Uninterrupted_Run()
    {
        // Given: fit@e1 sleeps a while, in a local run and in one on the cluster
        string[] sets = ["e1.fit.sleep=10000"];   // long enough for scancel to land while it sleeps on a loaded machine
        using var local = TestWorkspace.Create();
        Assert.Equal(0, local.Run(TestWorkspace.Quick() with { Sets = sets }).ExitCode);
        using var workspace = TestWorkspace.Create();

        // When: its first job is cancelled while the stage sleeps (after writing a partial file)
        var run = Task.Run(() => workspace.Run(OnSlurm() with { Sets = sets }));
        var job = WaitForRunningJob(workspace, "fit@e1");
        fixture.Cluster.Client("scancel", job);
        var (exitCode, report, error) = await run;

        // Then: it ran again, into an emptied staging folder, and the run ended as the local one
        Assert.True(exitCode == 0, error);
        Assert.Equal(2, Submissions(workspace, "fit@e1"));
        Assert.Contains(workspace.Console.Lines, l => l == $"fit@e1: Slurm job {job} ended CANCELLED (signal 15); resubmitting (retry 1 of 2), from the stage's last checkpoint where it keeps one."
                                                      || l == $"fit@e1: Slurm job {job} failed with exit code 130; resubmitting (retry 1 of 2), from the stage's last checkpoint where it keeps one.");
        Assert.Equal(Outcome.Ran, report!.OutcomeOf("fit@e1"));
        Assert.Equal(Relative(local), Relative(workspace));
    }

    [Fact]
    public async Task Should_Cancel_Its_Jobs_On_Ctrl_C_And_Leave_Everything_As_It_Was()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        Assert.Equal(0, workspace.Run(OnSlurm()).ExitCode);
        var before = workspace.Snapshot();
        using var cancellation = new CancellationTokenSource();

        // When: Ctrl+C while both fits run as jobs
        var run = Task.Run(() => workspace.Run(OnSlurm() with { Sets = ["fit.sleep=60000"] }, cancellation.Token));
        WaitForRunningJob(workspace, "fit@e1");
        cancellation.Cancel();
        var clock = Stopwatch.StartNew();
        var (exitCode, _, error) = await run;

        // Then
        Assert.Equal(130, exitCode);
        Assert.StartsWith("Cancelled.", error, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(40), $"took {clock.Elapsed}");
        Assert.Empty(fixture.Cluster.Client("squeue", "--noheader", "--format=%i %j %T").Trim());
        workspace.AssertUnchangedSince(before);
    }

    [Fact]
    public void Should_Exit_2_For_A_Partition_The_Cluster_Does_Not_Have()
    {
        using var workspace = TestWorkspace.Create();

        var (exitCode, _, error) = workspace.Run(TestWorkspace.Quick() with { Slurm = new SlurmOptions("gpu") });

        Assert.Equal(2, exitCode);
        Assert.Equal("Slurm has no partition 'gpu'. Partitions: repro ('sinfo -s' lists them); pass one with --partition.", error);
        Assert.Empty(workspace.TakeStarts());
    }

    [Fact]
    public void Should_Exit_2_Naming_What_To_Install_When_Slurm_Commands_Are_Missing()
    {
        using var workspace = TestWorkspace.Create();
        var empty = Directory.CreateTempSubdirectory("repro-no-slurm-").FullName;

        var (exitCode, _, error) = ReproProcess.Run(workspace, new Dictionary<string, string> { ["PATH"] = empty }, "--profile", "quick", "--executor", "slurm");

        Assert.Equal(2, exitCode);
        Assert.Equal("--executor slurm needs Slurm's client commands, and sbatch, scontrol, scancel, sinfo are not on PATH. Install them (Debian and Ubuntu: " +
                     "apt-get install slurm-client, with munge for authentication), load your cluster's Slurm module, or run without --executor slurm.\n", error);
        Assert.False(workspace.Exists("outputs"));
        Directory.Delete(empty);
    }

    [Fact]
    public void Should_Exit_2_When_The_Controller_Cannot_Be_Reached()
    {
        using var workspace = TestWorkspace.Create();
        var config = workspace.Write("elsewhere.conf", Regex.Replace(File.ReadAllText(fixture.Cluster.ConfigFile), @"SlurmctldPort=\d+",
            $"SlurmctldPort={Repro.TestServers.NodeServer.FreePort()}"));

        var (exitCode, _, error) = ReproProcess.Run(workspace, new Dictionary<string, string> { ["SLURM_CONF"] = config }, "--profile", "quick", "--executor", "slurm");

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"The Slurm controller cannot be reached: 'scontrol ping' said: Slurmctld(primary) at {Environment.MachineName} is DOWN. " +
                          "Check that slurmctld is running", error, StringComparison.Ordinal);
        Assert.False(workspace.Exists("outputs"));
    }

    private static RunOptions OnSlurm(int retries = SlurmOptions.DefaultRetries) =>
        TestWorkspace.Quick() with { Jobs = 3, Slurm = new SlurmOptions(Retries: retries) };

    /// <summary>How many jobs the run's console said it submitted for <paramref name="instance"/>.</summary>
    private static int Submissions(TestWorkspace workspace, string instance) =>
        workspace.Console.Lines.Count(l => SubmittedLine().Match(l) is { Success: true } m && m.Groups[1].Value == instance);

    /// <summary>The id of the job the run's console said it submitted for <paramref name="instance"/>.</summary>
    private static string JobOf(TestWorkspace workspace, string instance) =>
        workspace.Console.Lines.Select(l => SubmittedLine().Match(l)).Last(m => m.Success && m.Groups[1].Value == instance).Groups[2].Value;

    /// <summary>Waits until <paramref name="instance"/>'s job runs and its stage has started sleeping.</summary>
    private string WaitForRunningJob(TestWorkspace workspace, string instance)
    {
        FailureTests.WaitForPid(workspace, instance);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (fixture.Cluster.RunningJobs(instance) is [var job]) return job;
            Thread.Sleep(100);
        }
        throw new TimeoutException($"no running Slurm job for {instance}");
    }

    private static SortedDictionary<string, string> Relative(TestWorkspace workspace) =>
        new(workspace.Snapshot().Where(f => f.Key != "pipeline.lock.json").ToDictionary(), StringComparer.Ordinal);

    [GeneratedRegex(@"^(\S+): submitted as Slurm job (\d+)")]
    private static partial Regex SubmittedLine();
}
