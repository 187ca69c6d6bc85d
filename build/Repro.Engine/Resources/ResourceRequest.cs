namespace Repro.Engine.Resources;

/// <summary>One instance's resolved resources. <see cref="Cpus"/> 0 means every core of wherever it runs;
/// <see cref="TimeMinutes"/> null means the executor's default limit.</summary>
internal sealed record ResourceRequest(int Cpus, int Gpus, int MemoryMB, int? TimeMinutes)
{
    /// <summary>The cores it takes on a machine (or node) with <paramref name="cores"/>: an instance wanting
    /// more than there are gets them all (and runs alone).</summary>
    public int CoresOn(int cores) => Cpus <= 0 ? cores : Math.Min(Cpus, cores);
}
