using Repro.Report.Tests.Synthetic;
using Repro.Sample;

namespace Repro.Report.Tests.Sample;

public class SampleStageTests
{
    [Fact]
    public void Should_Write_Every_Declared_Output()
    {
        using var workspace = new SyntheticWorkspace();
        workspace.Augment("run1");
        workspace.Train("run1", new TrainScenario());
        var context = workspace.SampleContext("run1");

        SampleStage.Run(context);

        Assert.Equal(["grid-000050.png", "grid-000100.png", "grid-000150.png", "grid-000200.png"],
            Directory.GetFiles(context.OutPath("grids")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var file in new[] { "progress.gif", "final-sheet.png", "closest-pairs.png", "metrics.json" })
            Assert.True(File.Exists(context.OutPath(file)), file);
        if (Environment.GetEnvironmentVariable("REPRO_KEEP") is { } keep)
            CopyDirectory(context.OutDir, keep);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
