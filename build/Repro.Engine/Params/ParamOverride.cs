namespace Repro.Engine.Params;

/// <summary>One `--set [EXP.]section.key=value`: for every experiment, or (with an experiment prefix) one.</summary>
internal sealed record ParamOverride(string? Experiment, string Key, JToken Value)
{
    public static ParamOverride Parse(string text, PipelineDefinition pipeline, IReadOnlyCollection<string> experiments)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0) throw ParamErrors.BadSet(text, "expected section.key=value or EXPERIMENT.section.key=value");
        var name = text[..equals];
        var parts = name.Split('.');
        string? experiment = null;
        if (parts.Length == 3)
        {
            experiment = parts[0];
            if (!experiments.Contains(experiment))
                throw ParamErrors.BadSet(text, $"no experiment \"{experiment}\"; experiments are {string.Join(", ", experiments)}");
            name = $"{parts[1]}.{parts[2]}";
        }
        if (!pipeline.Schema.TryGetValue(name, out var schema))
            throw ParamErrors.BadSet(text, $"no param \"{name}\" in any stage's schema; known params are {string.Join(", ", pipeline.Schema.Keys.Order(StringComparer.Ordinal))}");
        var value = ParamValue.Check(schema, ParamValue.Parse(schema, text[(equals + 1)..]), out var problem)
            ?? throw ParamErrors.BadSet(text, problem!);
        return new ParamOverride(experiment, name, value);
    }
}
