using Repro.EndToEnd.Tests.Harness;

namespace Repro.EndToEnd.Tests;

/// <summary>--jobs on the real ci pipeline: the same outputs and lock as the fixture's one-at-a-time run.</summary>
[Collection(CiPipelineCollection.Name)]
public sealed class ParallelRunTests(CiPipelineFixture fixture)
{
    private static readonly string[] Products = ["outputs/preprocess", "outputs/augment", "outputs/train", "outputs/sample", "outputs/best", "outputs/report/report.md", "outputs/report/assets"];

    [Fact]
    public void Should_Give_The_Same_Outputs_And_Lock_With_Three_Jobs_As_With_One()
    {
        Assert.Equal(0, fixture.FirstRun.ExitCode);
        using var parallel = TestWorkspace.FromRepository();

        var run = parallel.Repro("report", "--profile", "ci", "--jobs", "3");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(fixture.FirstRun.Outcomes.OrderBy(o => o.Key, StringComparer.Ordinal), run.Outcomes.OrderBy(o => o.Key, StringComparer.Ordinal));
        Assert.Equal(fixture.Workspace.Fingerprint(Products), parallel.Fingerprint(Products));
        Assert.Equal(File.ReadAllText(fixture.Workspace.PathOf("pipeline.lock.json")), File.ReadAllText(parallel.PathOf("pipeline.lock.json")));
    }

    [Fact]
    public void Should_Reject_Zero_Jobs_As_A_Usage_Error()
    {
        using var workspace = fixture.Workspace.Clone();

        var run = workspace.Repro("report", "--profile", "ci", "--jobs", "0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--jobs must be 1 or more, not 0", run.Error);
    }
}
