using Repro.Report.Params;

namespace Repro.Report.Tests.Synthetic;

/// <summary>Stage params as the params.json defaults propose them.</summary>
internal static class DefaultParams
{
    public static ReportParams Report { get; } = new("Synthetic experiments", 10, 0.05, 0.95, 0.1, 0.5, 0.001, 6, 900, 380);
}
