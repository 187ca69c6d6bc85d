namespace Repro.Engine.Definition;

/// <summary>What one instance of a stage uses while it runs, from stage.json's `"resources": { "cpus": 2 }` or
/// `{ "cpus": "${train.threads}" }` (0 = every core; default 1), so parallel runs never oversubscribe the cores.</summary>
internal sealed record StageResources(string Cpus)
{
    public static readonly StageResources Default = new("1");

    /// <summary>The cores one instance takes, given its declared params and the machine's core count.</summary>
    public int CpusFor(IReadOnlyDictionary<string, JToken> parameters, int cores)
    {
        var text = Cpus.StartsWith("${", StringComparison.Ordinal) && Cpus.EndsWith('}')
            ? parameters.GetValueOrDefault(Cpus[2..^1])?.ToString() ?? "1"
            : Cpus;
        var cpus = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 1;
        return cpus <= 0 ? cores : Math.Min(cpus, cores);
    }
}
