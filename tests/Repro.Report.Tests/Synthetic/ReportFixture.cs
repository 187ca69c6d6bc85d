namespace Repro.Report.Tests.Synthetic;

/// <summary>Three sampled experiments and a report over them, shared by the report tests; a second report
/// for the browser tests, which add a probe page next to it.</summary>
public sealed class ReportFixture : IDisposable
{
    public ReportFixture()
    {
        Workspace = ThreeRuns.Create();
        var context = Workspace.ReportContext(ThreeRuns.Names);
        Repro.Report.ReportStage.Run(context);
        OutDir = context.OutDir;
        Files.Keep(OutDir, "report");
        var browser = Workspace.ReportContext(ThreeRuns.Names, "report-browser");
        Repro.Report.ReportStage.Run(browser);
        BrowserDir = browser.OutDir;
    }

    internal SyntheticWorkspace Workspace { get; }
    public string OutDir { get; }
    public string BrowserDir { get; }
    public string Markdown => File.ReadAllText(Path.Combine(OutDir, "report.md"));

    public void Dispose() => Workspace.Dispose();
}
