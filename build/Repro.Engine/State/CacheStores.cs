namespace Repro.Engine.State;

/// <summary>The workspace's stores: content-addressed objects, the run-cache (key -> what it produced),
/// folder listings, and the hasher with its persistent stat cache (saved on dispose).</summary>
internal sealed class CacheStores : IDisposable
{
    private CacheStores(WorkspacePaths paths, IEngineConsole console)
    {
        Hasher = new TreeHasher(new StatCache(paths.StatCache), console);
        Objects = new ObjectStore(paths.Objects);
        Runs = new RunCache(paths.Runs);
        Listings = new ListingStore(paths.Listings);
    }

    public TreeHasher Hasher { get; }
    public ObjectStore Objects { get; }
    public RunCache Runs { get; }
    public ListingStore Listings { get; }

    public static CacheStores Open(WorkspacePaths paths, IEngineConsole console) => new(paths, console);

    public void Dispose() => Hasher.StatCache.Save();
}
