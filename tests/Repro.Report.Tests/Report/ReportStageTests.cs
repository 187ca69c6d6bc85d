using Repro.Report.Tests.Synthetic;

namespace Repro.Report.Tests.Report;

public class ReportStageTests
{
    [Fact]
    public void Should_Write_Report_Html_And_Assets()
    {
        using var workspace = ThreeRuns.Create();
        var context = workspace.ReportContext(ThreeRuns.Names);

        Repro.Report.ReportStage.Run(context);

        Assert.True(File.Exists(context.OutPath("report.md")));
        Assert.True(File.Exists(context.OutPath("report.html")));
        if (Environment.GetEnvironmentVariable("REPRO_KEEP") is { } keep)
            foreach (var file in Directory.GetFiles(context.OutDir, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(keep, Path.GetRelativePath(context.OutDir, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
            }
    }
}
