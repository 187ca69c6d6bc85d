namespace Repro.Engine.Params;

/// <summary>The resolved value of every schema key for each experiment of one profile (and for the `once`
/// stages, which see defaults &lt; profile &lt; global --set only).</summary>
internal sealed class ResolvedParams
{
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, JToken>> _byExperiment;
    private readonly IReadOnlyDictionary<string, JToken> _shared;

    public ResolvedParams(string profile, IReadOnlyList<string> experiments,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, JToken>> byExperiment, IReadOnlyDictionary<string, JToken> shared)
    {
        Profile = profile;
        Experiments = experiments;
        _byExperiment = byExperiment;
        _shared = shared;
    }

    public string Profile { get; }

    /// <summary>All experiment names of params.json, in ordinal order.</summary>
    public IReadOnlyList<string> Experiments { get; }

    /// <summary>Every resolved param for <paramref name="experiment"/> (null: the shared values).</summary>
    public IReadOnlyDictionary<string, JToken> For(string? experiment) =>
        experiment is null ? _shared : _byExperiment[experiment];

    /// <summary>Only the keys <paramref name="stage"/> declares, sorted: what goes into its key and request.</summary>
    public SortedDictionary<string, JToken> Declared(StageDefinition stage, string? experiment) =>
        new(For(experiment).Where(p => stage.Declares(p.Key)).ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal);
}
