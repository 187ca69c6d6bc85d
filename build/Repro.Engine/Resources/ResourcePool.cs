namespace Repro.Engine.Resources;

/// <summary>The cores and GPU devices not yet handed to a running instance. Nothing is oversubscribed, except
/// that an instance wanting more than the whole capacity may still run, alone, with all of it.</summary>
internal sealed class ResourcePool(ExecutorCapacity capacity)
{
    private readonly HashSet<string> _usedGpus = [];
    private int _usedCores;
    private int _running;

    /// <summary>The grant of an instance that runs with nothing else beside it.</summary>
    public static ResourceGrant Alone(ResourceRequest request, ExecutorCapacity capacity) => new ResourcePool(capacity).TryTake(request)!;

    /// <summary>A grant for <paramref name="request"/> if it fits now, else null.</summary>
    public ResourceGrant? TryTake(ResourceRequest request)
    {
        var cores = capacity.Cores is { } total ? request.CoresOn(total) : 0;
        var gpus = Math.Min(request.Gpus, capacity.GpuDevices.Count);
        var free = capacity.GpuDevices.Where(d => !_usedGpus.Contains(d)).ToList();
        if (_running > 0 && (_usedCores + cores > capacity.Cores || gpus > free.Count)) return null;
        var devices = free.Take(gpus).ToList();
        _usedGpus.UnionWith(devices);
        _usedCores += cores;
        _running++;
        return new ResourceGrant(request, cores, devices);
    }

    public void Release(ResourceGrant grant)
    {
        _usedCores -= grant.Cores;
        _usedGpus.ExceptWith(grant.Devices);
        _running--;
    }
}

/// <summary>What one running instance was given: its request, the local cores it counts for (0 on a cluster)
/// and the GPU devices it alone may use (exported as CUDA_VISIBLE_DEVICES; none on a cluster, which sets it).</summary>
internal sealed record ResourceGrant(ResourceRequest Request, int Cores, IReadOnlyList<string> Devices);
