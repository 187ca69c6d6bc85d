namespace Repro.Engine.Planning;

/// <summary>The key builder and the planner over one workspace's stores: what every command that decides
/// builds first.</summary>
internal sealed record PlanningTools(KeyBuilder Keys, Planner Planner, OutputInspector Outputs)
{
    /// <param name="remote">The remote whose run-cache a run may pull from, or null (offline).</param>
    public static PlanningTools For(PipelineState state, CacheStores stores, RemoteCache? remote = null)
    {
        var outputs = new OutputInspector(state.Paths, stores.Hasher);
        var keys = new KeyBuilder(state.Paths, state.Params, new CodeFingerprints(stores.Hasher), stores.Hasher);
        return new PlanningTools(keys, new Planner(outputs, stores.Runs, stores.Objects, stores.Listings, stores.Hasher, state.Profile, remote), outputs);
    }

    public Plan Plan(PipelineState state, RunOptions options, bool lockOnly) => new(state, Keys, Planner, options, lockOnly);
}
