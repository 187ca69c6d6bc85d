namespace Repro.Engine.Graph;

/// <summary>A stage run for one experiment ("train@run1"), or once over all experiments ("report").</summary>
internal sealed class StageInstance
{
    public StageInstance(StageDefinition stage, string? experiment)
    {
        Stage = stage;
        Experiment = experiment;
    }

    public StageDefinition Stage { get; }
    public string? Experiment { get; }
    public List<InstanceDep> Deps { get; } = [];

    public string Name => Experiment is null ? Stage.Name : $"{Stage.Name}@{Experiment}";

    /// <summary>Where the outputs are materialised, relative to the workspace with '/'.</summary>
    public string OutPath => Experiment is null ? $"outputs/{Stage.Name}" : $"outputs/{Stage.Name}/{Experiment}";

    public IEnumerable<StageInstance> Upstream => Deps.Select(d => d.Upstream).OfType<StageInstance>().Distinct();

    public override string ToString() => Name;
}
