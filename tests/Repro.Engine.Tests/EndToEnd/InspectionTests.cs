using Repro.Engine.Execution;
using Repro.Engine.Inspection;
using Repro.Engine.Tests.Support;

namespace Repro.Engine.Tests.EndToEnd;

/// <summary>status, explain, dry run, dag and verify on a real pipeline.</summary>
public sealed class InspectionTests
{
    [Fact]
    public void Should_Tell_Will_Run_And_May_Run_Apart_After_A_Param_Change()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        workspace.Run();

        // When
        var statuses = StatusCommand.Run(workspace.Paths, TestWorkspace.Quick() with { Sets = ["aug.repeat=4"] }, check: false, workspace.Console);

        // Then
        Assert.Equal(
            "prep@e1: up to date (up to date) | prep@e2: up to date (up to date) | aug@e1: will run (aug.repeat: 3 -> 4) | aug@e2: will run (aug.repeat: 3 -> 4) | " +
            "fit@e1: may run (upstream aug@e1 will run) | fit@e2: may run (upstream aug@e2 will run) | report: may run (upstream fit@e1 will run)",
            string.Join(" | ", statuses.Select(s => $"{s.Instance}: {s.StateText} ({s.Reason})")));
    }

    [Fact]
    public void Should_Check_The_Lock_Only_Even_Without_Outputs()
    {
        // Given: a fresh clone: the lock is committed, outputs and cache are not
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        Directory.Delete(Path.Combine(workspace.Root, "outputs"), recursive: true);
        Directory.Delete(Path.Combine(workspace.Root, ".repro"), recursive: true);

        // When
        var check = StatusCommand.Run(workspace.Paths, TestWorkspace.Quick(), check: true, workspace.Console);
        var stale = StatusCommand.Run(workspace.Paths, TestWorkspace.Quick() with { Sets = ["report.title=New"] }, check: true, workspace.Console);

        // Then
        Assert.All(check, s => Assert.Equal(InstanceState.UpToDate, s.State));
        StatusCommand.Check(check);
        var error = Assert.Throws<Errors.ReproException>(() => StatusCommand.Check(stale));
        Assert.Equal(2, error.ExitCode);
        Assert.Equal("1 stage instance(s) are not up to date with pipeline.lock.json. Run 'repro' and commit pipeline.lock.json.", error.Message);
    }

    [Fact]
    public void Should_Print_The_Plan_And_Run_Nothing_On_A_Dry_Run()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        workspace.TakeStarts();

        // When
        var plan = StatusCommand.Run(workspace.Paths, TestWorkspace.Quick() with { Target = "fit", Force = true }, check: false, workspace.Console);

        // Then
        Assert.Equal(["up to date", "up to date", "up to date", "up to date", "will run", "will run"], plan.Select(p => p.StateText));
        Assert.Empty(workspace.TakeStarts());
    }

    [Fact]
    public void Should_Explain_Exactly_Which_Key_Fields_Changed()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        workspace.Write("data/in/a.txt", "ALPHA changed");
        workspace.Write("data/in/d.txt", "delta");
        workspace.Write("stages/Prep/bin/extra.json", "{}");

        // When
        var prep = ExplainCommand.Run(workspace.Paths, TestWorkspace.Quick() with { Sets = ["prep.suffix=?"] }, "prep@e1", workspace.Console);
        var fit = ExplainCommand.Run(workspace.Paths, TestWorkspace.Quick() with { Sets = ["e2.fit.factor=10"] }, "fit@e2", workspace.Console);
        var upToDate = ExplainCommand.Run(workspace.Paths, TestWorkspace.Quick(), "report", workspace.Console);

        // Then
        Assert.Equal(3, prep.Count);
        Assert.Equal("code: Prep changed", prep[0]);
        Assert.Equal("prep.suffix: \"!\" -> \"?\"", prep[1]);
        Assert.Matches(@"^dep source: [0-9a-f]{8}\.\. -> [0-9a-f]{8}\.\. \(2 files changed\)$", prep[2]);
        Assert.Equal(["upstream aug@e2 will run first; its dep is compared as if it reproduces its locked outputs", "fit.factor: 2.0 -> 10.0"], fit);
        Assert.Equal(["upstream fit@e1 will run first; its dep is compared as if it reproduces its locked outputs",
            "upstream fit@e2 will run first; its dep is compared as if it reproduces its locked outputs", "up to date"], upToDate);
    }

    [Fact]
    public void Should_Count_Changed_Files_Of_A_Stage_Dep()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        workspace.Run("prep.suffix=?");

        // When
        var lines = ExplainCommand.Run(workspace.Paths, TestWorkspace.Quick() with { Sets = ["prep.suffix=?"] }, "aug@e1", workspace.Console);
        var back = ExplainCommand.Run(workspace.Paths, TestWorkspace.Quick(), "aug@e1", workspace.Console);

        // Then
        Assert.Equal(["up to date"], lines);
        Assert.Single(back);
        Assert.Matches(@"^dep prepared: [0-9a-f]{8}\.\. -> [0-9a-f]{8}\.\. \(3 files changed\)$", back[0]);
    }

    [Fact]
    public void Should_Draw_The_Instance_Graph_In_Layers()
    {
        // Given
        using var workspace = TestWorkspace.Create();

        // When
        var dag = DagCommand.Render(workspace.Paths, TestWorkspace.Quick(), workspace.Console);

        // Then
        Golden.Verify("dag", dag);
    }

    [Fact]
    public void Should_Verify_Bitwise_And_Name_The_File_That_Differs()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        var before = workspace.Snapshot();

        // When
        var verdicts = VerifyCommand.Run(workspace.Paths, TestWorkspace.Quick(), workspace.Console, default);
        var lockJson = Newtonsoft.Json.Linq.JObject.Parse(workspace.Read("pipeline.lock.json"));
        lockJson["profiles"]!["quick"]!["fit@e2"]!["outs"]!["model.txt"]!["hash"] = new string('0', 32);
        workspace.Write("pipeline.lock.json", lockJson.ToString());
        var failure = Assert.Throws<Errors.ReproException>(() => VerifyCommand.Run(workspace.Paths, TestWorkspace.Quick(), workspace.Console, default));

        // Then
        Assert.All(verdicts, v => Assert.Equal(VerifyLevel.Bitwise, v.Level));
        Assert.Equal(before.Where(f => f.Key != "pipeline.lock.json"), workspace.Snapshot().Where(f => f.Key != "pipeline.lock.json"));
        Assert.Equal(4, failure.ExitCode);
        Assert.Matches(@"^Verification failed: 1 difference\(s\) from pipeline.lock.json:\n  - fit@e2: out model.txt: hash 00000000\.\. \(lock\) vs [0-9a-f]{8}\.\. \(reproduced\)$", failure.Message);
    }

    [Fact]
    public void Should_Compare_By_Metrics_When_The_Lock_Names_Another_Numerics_Class()
    {
        // Given: the lock says fit@e1 came from another numerics class, with other bits but the same score
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        var lockJson = Newtonsoft.Json.Linq.JObject.Parse(workspace.Read("pipeline.lock.json"));
        var entry = lockJson["profiles"]!["quick"]!["fit@e1"]!;
        entry["provenance"]!["numerics"] = "portable-other-os";
        entry["outs"]!["model.txt"]!["hash"] = new string('0', 32);
        entry["metrics"]!["score"] = (double)entry["metrics"]!["score"]! + 0.4;
        workspace.Write("pipeline.lock.json", lockJson.ToString());

        // When
        var verdicts = VerifyCommand.Run(workspace.Paths, TestWorkspace.Quick(), workspace.Console, default);

        // Then: fit@e1 by metrics; everything else, downstream included (its inputs reproduced), bitwise
        var fit = Assert.Single(verdicts, v => v.Level != VerifyLevel.Bitwise);
        Assert.Equal("fit@e1", fit.Instance);
        Assert.Equal(VerifyLevel.Metrics, fit.Level);
        Assert.Equal("fit@e1: by metrics (numerics: portable-other-os (lock) vs (none) (here); score 81 vs 81.4 ±0.5; same outs and file counts)", fit.Line);
    }

    [Fact]
    public void Should_Fail_When_A_Metric_Is_Beyond_Its_Tolerance_And_Name_The_Figures()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        var lockJson = Newtonsoft.Json.Linq.JObject.Parse(workspace.Read("pipeline.lock.json"));
        var entry = lockJson["profiles"]!["quick"]!["fit@e1"]!;
        entry["provenance"]!["cpu"] = "Imaginary CPU 9000";
        entry["outs"]!["model.txt"]!["hash"] = new string('0', 32);
        entry["metrics"]!["score"] = 9.0;
        workspace.Write("pipeline.lock.json", lockJson.ToString());

        // When
        var failure = Assert.Throws<Errors.ReproException>(() => VerifyCommand.Run(workspace.Paths, TestWorkspace.Quick(), workspace.Console, default));

        // Then
        Assert.Equal(4, failure.ExitCode);
        Assert.Equal("Verification failed: 1 difference(s) from pipeline.lock.json:\n" +
                     "  - fit@e1: score 9 (lock) vs 81 (reproduced), tolerance ±0.5", failure.Message);
    }

    [Fact]
    public void Should_Compare_Structure_Only_For_A_Stage_Without_Metrics_And_Catch_A_Missing_File()
    {
        // Given: aug@e1 from another CPU with other bits, and the lock claims one more snapshot file for fit@e1 (also another CPU)
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        var lockJson = Newtonsoft.Json.Linq.JObject.Parse(workspace.Read("pipeline.lock.json"));
        lockJson["profiles"]!["quick"]!["aug@e1"]!["provenance"]!["cpu"] = "Imaginary CPU 9000";
        lockJson["profiles"]!["quick"]!["aug@e1"]!["outs"]!["data.txt"]!["hash"] = new string('0', 32);
        var fit = lockJson["profiles"]!["quick"]!["fit@e1"]!;
        fit["provenance"]!["cpu"] = "Imaginary CPU 9000";
        fit["outs"]!["snapshots"]!["files"] = 3;
        fit["outs"]!["snapshots"]!["hash"] = new string('0', 32);
        workspace.Write("pipeline.lock.json", lockJson.ToString());

        // When
        var failure = Assert.Throws<Errors.ReproException>(() => VerifyCommand.Run(workspace.Paths, TestWorkspace.Quick(), workspace.Console, default));

        // Then
        Assert.Equal("Verification failed: 1 difference(s) from pipeline.lock.json:\n" +
                     "  - fit@e1: out snapshots: 3 file(s) (lock) vs 2 file(s) (reproduced)", failure.Message);
        Assert.Contains(workspace.Console.Lines, l => l.StartsWith("aug@e1: structure only (cpu: Imaginary CPU 9000 (lock) vs ", StringComparison.Ordinal)
                                                     && l.EndsWith("same outs and file counts)", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Ignore_The_Cpu_For_A_Portable_Numerics_Class()
    {
        // Given: a portable class recorded on another CPU: bits are still demanded
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        var lockJson = Newtonsoft.Json.Linq.JObject.Parse(workspace.Read("pipeline.lock.json"));
        foreach (var fit in new[] { "fit@e1", "fit@e2" }.Select(f => lockJson["profiles"]!["quick"]![f]!))
        {
            fit["provenance"]!["cpu"] = "Imaginary CPU 9000";
            fit["provenance"]!["numerics"] = "portable-test";
        }
        workspace.Write("pipeline.lock.json", lockJson.ToString());
        var stage = workspace.Read("stages/Fit/stage.json");
        workspace.Write("stages/Fit/stage.json", stage.Replace("\"outs\":", "\"numerics\": \"portable-test\",\n  \"outs\":", StringComparison.Ordinal));

        // When
        var verdicts = VerifyCommand.Run(workspace.Paths, TestWorkspace.Quick(), workspace.Console, default);

        // Then
        Assert.All(verdicts, v => Assert.Equal(VerifyLevel.Bitwise, v.Level));
        Assert.Contains(verdicts, v => v.Line == "fit@e1: bitwise (4 file(s) identical, numerics portable-test)");
    }

    [Fact]
    public void Should_Call_Identical_Bits_Bitwise_Even_When_Recorded_On_Another_Cpu()
    {
        // Given: aug@e1 recorded on another CPU, with the same bits
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        var lockJson = Newtonsoft.Json.Linq.JObject.Parse(workspace.Read("pipeline.lock.json"));
        lockJson["profiles"]!["quick"]!["aug@e1"]!["provenance"]!["cpu"] = "Imaginary CPU 9000";
        workspace.Write("pipeline.lock.json", lockJson.ToString());

        // When
        var verdicts = VerifyCommand.Run(workspace.Paths, TestWorkspace.Quick(), workspace.Console, default, bitwise: true);

        // Then
        var aug = Assert.Single(verdicts, v => v.Instance == "aug@e1");
        Assert.Equal(VerifyLevel.Bitwise, aug.Level);
        Assert.StartsWith("aug@e1: bitwise (1 file(s) identical, although recorded by cpu Imaginary CPU 9000 (", aug.Line, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Fail_With_Bitwise_When_An_Instance_Could_Only_Be_Compared_By_Metrics()
    {
        // Given
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        var lockJson = Newtonsoft.Json.Linq.JObject.Parse(workspace.Read("pipeline.lock.json"));
        var fit = lockJson["profiles"]!["quick"]!["fit@e1"]!;
        fit["provenance"]!["cpu"] = "Imaginary CPU 9000";
        fit["outs"]!["model.txt"]!["hash"] = new string('0', 32);
        workspace.Write("pipeline.lock.json", lockJson.ToString());

        // When
        var failure = Assert.Throws<Errors.ReproException>(() => VerifyCommand.Run(workspace.Paths, TestWorkspace.Quick(), workspace.Console, default, bitwise: true));

        // Then
        Assert.Equal(4, failure.ExitCode);
        Assert.StartsWith("Verification with --bitwise failed: fit@e1 could not be compared bit for bit", failure.Message, StringComparison.Ordinal);
    }
}
