namespace Repro.Report.Tests.Synthetic;

/// <summary>Three sampled experiments and one report over them, shared by the report tests (sampling is the
/// slow part).</summary>
public sealed class ReportFixture : IDisposable
{
    public ReportFixture()
    {
        Workspace = ThreeRuns.Create();
        var context = Workspace.ReportContext(ThreeRuns.Names);
        Repro.Report.ReportStage.Run(context);
        OutDir = context.OutDir;
        Files.Keep(OutDir, "report");
    }

    internal SyntheticWorkspace Workspace { get; }
    public string OutDir { get; }
    public string Markdown => File.ReadAllText(Path.Combine(OutDir, "report.md"));

    public void Dispose() => Workspace.Dispose();
}
