using Newtonsoft.Json.Linq;
using Repro.Report.Inputs;

namespace Repro.Report.Observations;

/// <summary>What the report says about D's label targets: the ranges from the train params, and whether
/// targets above 1 were clamped, as conditions.json records it (any field whose name mentions "clamp").</summary>
internal static class LabelTargets
{
    public static string Describe(Experiment experiment)
    {
        var p = experiment.Params;
        string Range(string min, string max) => p.TryGetValue(min, out var lo) && p.TryGetValue(max, out var hi)
            ? $"U({Text.Number((double)lo)}, {Text.Number((double)hi)})" : "not recorded";
        var text = $"Label targets: real {Range("train.realLabelMin", "train.realLabelMax")}, fake {Range("train.fakeLabelMin", "train.fakeLabelMax")}.";
        var above = p.TryGetValue("train.realLabelMax", out var max) && (double)max > 1;
        var clamp = FindClamp(experiment.Conditions);
        if (above && clamp is { Value: "false" })
            return $"{text} Real targets go above 1 and are not clamped (conditions.json: `{clamp.Value.Key}` = `false`), as in the seed's Keras: binary cross-entropy keeps rewarding larger logits for them.";
        if (clamp is not null) return $"{text} Targets above 1: see conditions: `{clamp.Value.Key}` = `{clamp.Value.Value}`.";
        return above
            ? $"{text} Real targets go above 1, outside binary cross-entropy's range; conditions.json does not record whether train clamps them."
            : $"{text} No target exceeds 1, so clamping does not arise.";
    }

    private static KeyValuePair<string, string>? FindClamp(JToken token)
    {
        if (token is not JObject o) return null;
        foreach (var property in o.Properties())
        {
            if (property.Name.Contains("clamp", StringComparison.OrdinalIgnoreCase) && property.Value is JValue value)
                return new(property.Name, value.ToString(Newtonsoft.Json.Formatting.None).Trim('"'));
            if (FindClamp(property.Value) is { } nested) return nested;
        }
        return null;
    }
}
