namespace Repro.Engine.State;

/// <summary>What one command works on, loaded and validated before any stage starts: the stage definitions,
/// params resolved for the profile, the instance graph, the lock as it was read, and the selection. Nothing
/// here changes during the command; the lock's one writer is <see cref="LockRecorder"/>.</summary>
internal sealed record PipelineState(
    WorkspacePaths Paths,
    PipelineDefinition Pipeline,
    ResolvedParams Params,
    PipelineGraph Graph,
    LockFile Lock,
    IReadOnlyList<StageInstance> Selected)
{
    public string Profile => Params.Profile;

    /// <summary>The locked entry of <paramref name="instance"/> in this profile's section, if any.</summary>
    public LockEntry? Locked(StageInstance instance) => Lock.Find(Profile, instance.Name);

    public static PipelineState Load(WorkspacePaths paths, RunOptions options, IEngineConsole console)
    {
        var pipeline = PipelineLoader.Load(paths.Root);
        var file = ParamsFile.Load(paths.ParamsFile);
        ParamResolver.Validate(file, pipeline);
        var profile = options.Profile;
        if (profile is null)
        {
            var (chosen, why) = DefaultProfile.Choose(file, pipeline);
            console.Line($"Profile: {chosen} (default: {why}; choose another with --profile)");
            profile = chosen;
        }
        var resolved = ParamResolver.Resolve(file, pipeline, profile, options.Sets);
        if (options.Experiment is not null && !resolved.Experiments.Contains(options.Experiment))
            throw ParamErrors.UnknownExperiment(options.Experiment, resolved.Experiments);
        if (options.Target is not null && pipeline.Find(options.Target) is null)
            throw DefinitionErrors.UnknownTarget(options.Target, pipeline.Stages.Select(s => s.Name));
        var experiments = options.Experiment is null ? resolved.Experiments : [options.Experiment];
        var graph = GraphBuilder.Build(paths.Root, pipeline, resolved, experiments);
        var selected = options.Target is null ? graph.Instances : graph.UpstreamClosure(options.Target);
        return new PipelineState(paths, pipeline, resolved, graph, LockFile.Load(paths.LockFile), selected);
    }
}
