using Repro.StageHost;

namespace Repro.Report.Params;

/// <summary>The report.* params: presentation, and the thresholds of the observation rules (stated in the
/// report next to every observation they produce).</summary>
internal sealed record ReportParams(
    string Title,
    int Smoothing,
    double TailShare,
    double DominanceAccuracy,
    double DominanceWindow,
    double CollapseRatio,
    double MemorisationAlpha,
    int SideBySideRows,
    int GraphWidth,
    int GraphHeight)
{
    public static ReportParams From(StageContext context) => new(
        context.GetString("report.title"),
        context.GetInt("report.smoothing"),
        context.GetDouble("report.tailShare"),
        context.GetDouble("report.dominanceAccuracy"),
        context.GetDouble("report.dominanceWindow"),
        context.GetDouble("report.collapseRatio"),
        context.GetDouble("report.memorisationAlpha"),
        context.GetInt("report.sideBySideRows"),
        context.GetInt("report.graphWidth"),
        context.GetInt("report.graphHeight"));
}
