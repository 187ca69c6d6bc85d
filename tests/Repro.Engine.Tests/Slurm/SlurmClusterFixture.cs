using Repro.TestServers;

namespace Repro.Engine.Tests.Slurm;

/// <summary>One real single-node Slurm cluster for the collection, started on loopback and stopped at the
/// end. SLURM_CONF is set for this test process, so in-process runs and their sbatch calls find it.</summary>
public sealed class SlurmClusterFixture : IDisposable
{
    public SlurmClusterFixture()
    {
        Cluster = SlurmCluster.Start();
        Environment.SetEnvironmentVariable("SLURM_CONF", Cluster.ConfigFile);
    }

    public SlurmCluster Cluster { get; }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("SLURM_CONF", null);
        Cluster.Dispose();
    }
}

/// <summary>The tests that submit to the cluster: one at a time, as they watch its jobs.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SlurmCollection : ICollectionFixture<SlurmClusterFixture>
{
    public const string Name = "slurm cluster";
}
