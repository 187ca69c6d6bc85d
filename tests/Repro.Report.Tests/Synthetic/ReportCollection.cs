namespace Repro.Report.Tests.Synthetic;

/// <summary>The report tests share one sampled workspace and report (sampling three runs is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class ReportCollection : ICollectionFixture<ReportFixture>
{
    public const string Name = "report";
}
