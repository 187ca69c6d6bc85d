namespace Repro.EndToEnd.Tests.Harness;

/// <summary>Runs the whole ci-profile pipeline once in a temporary copy of the repository; tests clone the
/// result so each one starts from a complete, up-to-date workspace without paying for training again.</summary>
public sealed class CiPipelineFixture : IDisposable
{
    public CiPipelineFixture()
    {
        Workspace = TestWorkspace.FromRepository();
        FirstRun = Workspace.Repro("report", "--profile", "ci");
    }

    internal TestWorkspace Workspace { get; }

    internal ReproResult FirstRun { get; }

    public void Dispose() => Workspace.Dispose();
}

[CollectionDefinition(Name)]
public sealed class CiPipelineCollection : ICollectionFixture<CiPipelineFixture>
{
    public const string Name = "ci pipeline";
}
