using Repro.Engine.Reporting;

namespace Repro.Engine.Tests.Support;

internal static class ReportExtensions
{
    /// <summary>"prep@e1=ran, aug@e1=cached, ..." in plan order: one string to compare in one assert.</summary>
    public static string Outcomes(this RunReport? report) =>
        report is null ? "(no report)" : string.Join(", ", report.Results.Select(r => $"{r.Instance}={r.Outcome.ToString().ToLowerInvariant()}"));

    public static string ReasonOf(this RunReport report, string instance) => report.Results.Single(r => r.Instance == instance).Reason;
}
