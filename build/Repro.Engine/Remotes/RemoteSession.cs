namespace Repro.Engine.Remotes;

/// <summary>An open remote for one command: the store and the cache protocol over it. A run opens the one
/// named by --remote, or the default remote, unless --offline.</summary>
internal sealed class RemoteSession : IDisposable
{
    private readonly IRemoteStore _store;

    private RemoteSession(IRemoteStore store, RemoteCache cache, RemoteDefinition definition)
    {
        _store = store;
        Cache = cache;
        Definition = definition;
    }

    public RemoteCache Cache { get; }
    public RemoteDefinition Definition { get; }

    /// <summary>The run's remote, or null when offline or none is configured.</summary>
    public static RemoteSession? Open(WorkspacePaths paths, RunOptions options, CacheStores stores, IEngineConsole console)
    {
        if (options.Offline) return null;
        var definition = RemoteConfig.Load(paths).Find(options.Remote);
        return definition is null ? null : Open(paths, definition, stores, console);
    }

    /// <summary>The named remote (or the default); an error when there is none.</summary>
    public static RemoteSession Require(WorkspacePaths paths, string? name, CacheStores stores, IEngineConsole console) =>
        Open(paths, RemoteConfig.Load(paths).Find(name) ?? throw RemoteErrors.NoRemote(), stores, console);

    private static RemoteSession Open(WorkspacePaths paths, RemoteDefinition definition, CacheStores stores, IEngineConsole console)
    {
        var store = RemoteStores.Open(definition, paths);
        return new RemoteSession(store, new RemoteCache(store, paths, stores.Objects, stores.Runs, console)
            { Project = RemoteConfig.Load(paths).Project }, definition);
    }

    public void Dispose() => _store.Dispose();
}
