using Repro.Contract;
using Newtonsoft.Json.Linq;
using Repro.Engine.Tests.Support;

namespace Repro.Engine.Tests.EndToEnd;

/// <summary>Reproducing a locked result on another machine (a fresh clone: lock, no cache, no outputs) must
/// not look like changing it.</summary>
public sealed class ReproducingTests
{
    [Fact]
    public void Should_Leave_The_Lock_Byte_Identical_When_Another_Machine_Reproduces_The_Same_Bits()
    {
        // Given: a lock written "elsewhere" (another CPU in its provenance), then a fresh clone
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        var lockJson = JObject.Parse(workspace.Read("pipeline.lock.json"));
        foreach (var entry in ((JObject)lockJson["profiles"]!["quick"]!).Properties())
            entry.Value["provenance"]!["cpu"] = "Imaginary CPU 9000";
        var written = workspace.Write("pipeline.lock.json", Repro.Contract.CanonicalJson.Serialize(lockJson));
        ForgetEverythingButTheLock(workspace);

        // When
        var (exitCode, report, _) = workspace.Run();

        // Then: the stages ran (nothing was cached here) and the lock kept the original provenance
        Assert.Equal(0, exitCode);
        Assert.Equal(Reporting.Outcome.Ran, Assert.Single(report!.Results, r => r.Instance == "fit@e1").Outcome);
        Assert.Equal(File.ReadAllText(written), workspace.Read("pipeline.lock.json"));
    }

    [Fact]
    public void Should_Say_In_The_Summary_When_The_Same_Key_Gives_Other_Bits_Here()
    {
        // Given: the lock records another model.txt for fit@e1, made on another CPU
        using var workspace = TestWorkspace.Create();
        workspace.Run();
        var lockJson = JObject.Parse(workspace.Read("pipeline.lock.json"));
        var fit = lockJson["profiles"]!["quick"]!["fit@e1"]!;
        fit["provenance"]!["cpu"] = "Imaginary CPU 9000";
        fit["provenance"]!["cpuFeatures"] = "000000000000";
        fit["outs"]!["model.txt"]!["hash"] = new string('0', 32);
        workspace.Write("pipeline.lock.json", lockJson.ToString());
        ForgetEverythingButTheLock(workspace);

        // When
        var (_, report, _) = workspace.Run();

        // Then
        var result = Assert.Single(report!.Results, r => r.Instance == "fit@e1");
        Assert.Matches(@"^no cached result for this key \(new clone or cleared cache\); same key, other bits \(model\.txt; " +
                       @"recorded by cpu Imaginary CPU 9000 \(000000000000\), made here by cpu .+ \([0-9a-zA-Z]+\)\): lock entry rewritten$", result.Reason);
        Assert.NotEqual(new string('0', 32), (string)JObject.Parse(workspace.Read("pipeline.lock.json"))["profiles"]!["quick"]!["fit@e1"]!["outs"]!["model.txt"]!["hash"]!);
    }

    [Fact]
    public void Should_Record_The_Published_Metrics_In_The_Lock()
    {
        // Given
        using var workspace = TestWorkspace.Create();

        // When
        workspace.Run();

        // Then: fit's score (metrics.json:score)
        var lockJson = JObject.Parse(workspace.Read("pipeline.lock.json"));
        Assert.Equal(81, (double)lockJson["profiles"]!["quick"]!["fit@e1"]!["metrics"]!["score"]!);
        Assert.Null(lockJson["profiles"]!["quick"]!["aug@e1"]!["metrics"]);
    }

    private static void ForgetEverythingButTheLock(TestWorkspace workspace)
    {
        foreach (var folder in new[] { ".repro", "outputs" }.Select(f => Path.Combine(workspace.Root, f)).Where(Directory.Exists))
            Directory.Delete(folder, recursive: true);
    }
}
