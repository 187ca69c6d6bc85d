namespace Repro.Engine.Execution;

/// <summary>Everything one command works with, loaded and validated before any stage starts: the workspace,
/// the stage definitions, params resolved for the profile, the instance graph, the lock, and the stores.</summary>
internal sealed class Session : IDisposable
{
    private readonly Dictionary<string, string> _fingerprints = new(StringComparer.Ordinal);

    private Session(WorkspacePaths paths, RunOptions options, IEngineConsole console, PipelineDefinition pipeline,
        ResolvedParams resolved, PipelineGraph graph, LockFile lockFile)
    {
        Paths = paths;
        Options = options;
        Console = console;
        Pipeline = pipeline;
        Params = resolved;
        Graph = graph;
        Lock = lockFile;
        Hasher = new TreeHasher(new StatCache(paths.StatCache), console);
        Objects = new ObjectStore(paths.Objects);
        Runs = new RunCache(paths.Runs);
        Listings = new ListingStore(paths.Listings);
        Keys = new KeyBuilder(this);
    }

    public WorkspacePaths Paths { get; }
    public RunOptions Options { get; }
    public IEngineConsole Console { get; }
    public PipelineDefinition Pipeline { get; }
    public ResolvedParams Params { get; }
    public string Profile => Params.Profile;
    public PipelineGraph Graph { get; }
    public LockFile Lock { get; }
    public TreeHasher Hasher { get; }
    public ObjectStore Objects { get; }
    public RunCache Runs { get; }
    public ListingStore Listings { get; }
    public KeyBuilder Keys { get; }

    /// <summary>The instances the command is about: the target's and everything upstream, or all.</summary>
    public IReadOnlyList<StageInstance> Selected => Options.Target is null ? Graph.Instances : Graph.UpstreamClosure(Options.Target);

    public static Session Open(WorkspacePaths paths, RunOptions options, IEngineConsole console)
    {
        var pipeline = PipelineLoader.Load(paths.Root);
        var file = ParamsFile.Load(paths.ParamsFile);
        ParamResolver.Validate(file, pipeline);
        var profile = options.Profile;
        if (profile is null)
        {
            var (chosen, why) = DeviceProbe.DefaultProfile(pipeline);
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
        var lockFile = LockFile.Load(paths.LockFile);
        return new Session(paths, options, console, pipeline, resolved, graph, lockFile);
    }

    /// <summary>The stage's code fingerprint, computed once per session.</summary>
    public string Fingerprint(StageDefinition stage)
    {
        if (!_fingerprints.TryGetValue(stage.Name, out var fingerprint))
            _fingerprints[stage.Name] = fingerprint = CodeFingerprint.Of(stage, Hasher);
        return fingerprint;
    }

    public bool IsEngineOwned(StageInstance instance, string relative) =>
        relative == "changes.md" && Paths.Full(instance.OutPath) == Path.GetDirectoryName(Paths.Changes);

    public void Dispose() => Hasher.StatCache.Save();
}
