using Newtonsoft.Json;

namespace Repro.Engine.Experiments;

/// <summary>Reads a stage's published metrics from one instance's out folder (materialised or reproduced).</summary>
internal static class MetricReader
{
    /// <summary>The token at the metric's path, or null when the file or the path is missing or unreadable.</summary>
    public static JToken? Read(string outFolder, MetricDefinition metric, string? path = null)
    {
        var file = Path.Combine(outFolder, metric.File);
        if (!File.Exists(file)) return null;
        try
        {
            return JToken.Parse(File.ReadAllText(file)).SelectToken(path ?? metric.JsonPath);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Every numeric metric with its noise (when declared): what the lock records and verify compares.</summary>
    public static SortedDictionary<string, MetricValue> Values(string outFolder, IEnumerable<MetricDefinition> metrics)
    {
        var values = new SortedDictionary<string, MetricValue>(StringComparer.Ordinal);
        foreach (var metric in metrics)
        {
            if (Number(Read(outFolder, metric)) is not { } value) continue;
            var noise = metric.Tolerance?.NoisePath is { } noisePath ? Number(Read(outFolder, metric, noisePath)) : null;
            values[metric.Label] = new MetricValue(value, noise);
        }
        return values;
    }

    private static double? Number(JToken? token) =>
        token?.Type is JTokenType.Float or JTokenType.Integer ? (double)token : null;
}

/// <summary>A metric's value and, where the stage declares one, its own noise (e.g. KID's std over subsets).</summary>
internal sealed record MetricValue(double Value, double? Noise)
{
    public JToken ToJson() => Noise is null ? new JValue(Value) : new JObject { ["noise"] = Noise, ["value"] = Value };

    public static MetricValue FromJson(JToken token) => token is JObject o
        ? new MetricValue((double)o["value"]!, (double?)o["noise"])
        : new MetricValue((double)token, null);
}
