namespace Repro.Engine.Resources;

/// <summary>What one instance of a stage uses while it runs, from stage.json's `"resources"`: each field a
/// number or `"${section.key}"` (an int param's value). `cpus` (default 1; 0 = every core of the machine or
/// node) and `gpus` (default 0) bound parallel runs; `memoryMB` (default 2048) and `timeMinutes` (default:
/// the cluster's) are what a Slurm job asks for.</summary>
internal sealed record StageResources(ResourceAmount Cpus, ResourceAmount Gpus, ResourceAmount MemoryMB, ResourceAmount? TimeMinutes)
{
    public static readonly string[] Fields = ["cpus", "gpus", "memoryMB", "timeMinutes"];

    public static readonly StageResources Default = new(new("1"), new("0"), new("2048"), null);

    /// <summary>The amounts for one instance, given its key's params.</summary>
    public ResourceRequest For(IReadOnlyDictionary<string, JToken> parameters) =>
        new(Cpus.Resolve(parameters), Gpus.Resolve(parameters), MemoryMB.Resolve(parameters), TimeMinutes?.Resolve(parameters));
}

/// <summary>A literal amount ("2") or a param reference ("${train.threads}").</summary>
internal readonly record struct ResourceAmount(string Text)
{
    public string? Param => Text.StartsWith("${", StringComparison.Ordinal) && Text.EndsWith('}') ? Text[2..^1] : null;

    public int Resolve(IReadOnlyDictionary<string, JToken> parameters)
    {
        var text = Param is { } param ? parameters.GetValueOrDefault(param)?.ToString() : Text;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : 0;
    }
}
