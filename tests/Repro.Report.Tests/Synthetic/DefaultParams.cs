namespace Repro.Report.Tests.Synthetic;

/// <summary>Report settings as the params.json defaults propose them.</summary>
internal static class Settings
{
    public static ReportSettings Default { get; } = new("Synthetic experiments", 10, 0.05, 0.95, 0.1, 0.5, 0.25, 6, 900, 380);
}
