namespace Repro.Engine.Tests.Servers;

/// <summary>The tests that talk to the local servers: one set of servers, one test at a time (they set the
/// SDKs' credential variables, which are process-wide).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServersCollection : ICollectionFixture<LocalServers>
{
    public const string Name = "local storage servers";
}
