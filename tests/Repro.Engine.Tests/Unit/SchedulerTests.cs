using Repro.Engine.Reporting;
using Repro.Engine.Resources;
using Repro.Engine.Tests.Support;

namespace Repro.Engine.Tests.Unit;

/// <summary>--jobs and --keep-going with the fake stage runner (no processes).</summary>
public sealed class SchedulerTests
{
    [Fact]
    public void Should_Run_Independent_Instances_At_Once_And_Give_The_Same_Bytes_As_One_At_A_Time()
    {
        using var serial = TestWorkspace.Create();
        using var parallel = TestWorkspace.Create();
        var one = new FakeStageRunner { Delay = TimeSpan.FromMilliseconds(300) };
        var three = new FakeStageRunner { Together = Environment.ProcessorCount >= 2 ? ["fit@e1", "fit@e2"] : [] };

        var (_, first, _) = serial.Run(one);
        var (_, second, _) = parallel.Run(three, TestWorkspace.Quick() with { Jobs = 3 });

        Assert.Equal(1, one.MaxConcurrent);
        Assert.Equal(Math.Min(2, Environment.ProcessorCount), three.MaxConcurrent);   // fit@e1 and fit@e2, within the cores
        Assert.Equal(first.Outcomes(), second.Outcomes());                               // plan order, same outcomes
        Assert.Equal(Relative(serial), Relative(parallel));
        Assert.Equal(serial.Read("pipeline.lock.json"), parallel.Read("pipeline.lock.json").Replace(parallel.Root, serial.Root, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Keep_Going_Past_A_Failure_And_Skip_Only_What_Depends_On_It()
    {
        using var workspace = TestWorkspace.Create();
        var runner = new FakeStageRunner { FailInstance = "fit@e1" };

        var (exitCode, report, _) = workspace.Run(runner, TestWorkspace.Quick() with { KeepGoing = true });

        Assert.Equal(4, exitCode);
        Assert.Equal("prep@e1=ran, prep@e2=restored, aug@e1=ran, aug@e2=restored, fit@e1=failed, fit@e2=ran, report=skipped", report.Outcomes());
        Assert.Equal("not started: upstream fit@e1 failed", report!.ReasonOf("report"));
        Assert.True(workspace.Exists("outputs/fit/e2/model.txt"));
    }

    [Fact]
    public void Should_Start_Nothing_After_A_Failure_Without_Keep_Going()
    {
        using var workspace = TestWorkspace.Create();

        var (exitCode, report, _) = workspace.Run(new FakeStageRunner { FailInstance = "fit@e1" });

        Assert.Equal(4, exitCode);
        Assert.Equal("prep@e1=ran, prep@e2=restored, aug@e1=ran, aug@e2=restored, fit@e1=failed, fit@e2=skipped, report=skipped", report.Outcomes());
        Assert.Equal("not started after the failure above", report!.ReasonOf("fit@e2"));
        Assert.False(workspace.Exists("outputs/fit/e2"));
    }

    [Fact]
    public void Should_Give_Each_Concurrent_Instance_Its_Own_Gpu()
    {
        using var workspace = TestWorkspace.Create();
        DeclareFitResources(workspace, """{ "cpus": 1, "gpus": 1 }""");
        var runner = new FakeStageRunner { Together = ["fit@e1", "fit@e2"], Capacity = new ExecutorCapacity(8, ["0", "1"]) };

        var (exitCode, _, _) = workspace.Run(runner, TestWorkspace.Quick() with { Jobs = 3 });

        Assert.Equal(0, exitCode);
        Assert.Equal(2, runner.MaxConcurrent);
        Assert.Equal(["0", "1"], new[] { runner.Devices["fit@e1"], runner.Devices["fit@e2"] }.Order(StringComparer.Ordinal));
        Assert.Equal("", runner.Devices["report"]);   // it asked for none, so CUDA_VISIBLE_DEVICES stays as it was
    }

    [Fact]
    public void Should_Run_Gpu_Instances_One_After_Another_When_There_Is_One_Gpu()
    {
        using var workspace = TestWorkspace.Create();
        DeclareFitResources(workspace, """{ "cpus": 1, "gpus": 1 }""");
        var runner = new FakeStageRunner { Delay = TimeSpan.FromMilliseconds(200), Capacity = new ExecutorCapacity(8, ["3"]) };

        var (exitCode, _, _) = workspace.Run(runner, TestWorkspace.Quick() with { Jobs = 3 });

        Assert.Equal(0, exitCode);
        Assert.Equal(1, runner.MaxConcurrent);
        Assert.Equal("3", runner.Devices["fit@e1"]);
        Assert.Equal("3", runner.Devices["fit@e2"]);
    }

    [Fact]
    public void Should_Not_Oversubscribe_The_Cores_Whatever_The_Jobs()
    {
        using var workspace = TestWorkspace.Create();
        DeclareFitResources(workspace, """{ "cpus": 3 }""");
        var runner = new FakeStageRunner { Delay = TimeSpan.FromMilliseconds(200), Capacity = new ExecutorCapacity(4, []) };

        var (exitCode, _, _) = workspace.Run(runner, TestWorkspace.Quick() with { Jobs = 3 });

        Assert.Equal(0, exitCode);
        Assert.Equal(1, runner.MaxConcurrent);   // 3 + 3 cores > 4
    }

    [Fact]
    public void Should_Submit_Up_To_Jobs_At_Once_On_A_Cluster_Whatever_The_Resources()
    {
        using var workspace = TestWorkspace.Create();
        DeclareFitResources(workspace, """{ "cpus": 64, "gpus": 4 }""");
        var runner = new FakeStageRunner { Together = ["fit@e1", "fit@e2"], Capacity = ExecutorCapacity.Cluster };

        var (exitCode, _, _) = workspace.Run(runner, TestWorkspace.Quick() with { Jobs = 3 });

        Assert.Equal(0, exitCode);
        Assert.Equal(2, runner.MaxConcurrent);   // both fits: the cluster places them
        Assert.Equal("", runner.Devices["fit@e1"]);   // Slurm sets the devices of a job itself
    }

    /// <summary>Replaces fit's stage.json "resources".</summary>
    internal static void DeclareFitResources(TestWorkspace workspace, string resources)
    {
        var stage = Newtonsoft.Json.Linq.JObject.Parse(workspace.Read("stages/Fit/stage.json"));
        stage["resources"] = Newtonsoft.Json.Linq.JObject.Parse(resources);
        workspace.Write("stages/Fit/stage.json", stage.ToString());
    }

    private static SortedDictionary<string, string> Relative(TestWorkspace workspace) =>
        new(workspace.Snapshot().Where(f => f.Key != "pipeline.lock.json").ToDictionary(), StringComparer.Ordinal);
}
