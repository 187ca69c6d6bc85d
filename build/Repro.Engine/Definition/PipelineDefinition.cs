namespace Repro.Engine.Definition;

/// <summary>Every stage of a workspace and the param schema they own together (each key has one owner).</summary>
internal sealed class PipelineDefinition
{
    public PipelineDefinition(IReadOnlyList<StageDefinition> stages)
    {
        Stages = stages;
        Schema = stages.SelectMany(s => s.Schema)
            .GroupBy(s => s.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public IReadOnlyList<StageDefinition> Stages { get; }

    public IReadOnlyDictionary<string, ParamSchema> Schema { get; }

    public StageDefinition? Find(string name) => Stages.FirstOrDefault(s => s.Name == name);
}
