using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Repro.Report.Inputs;

namespace Repro.Report.Markdown;

/// <summary>Splits the experiments' params (train's and augment's) into those that differ between experiments
/// (the columns of the experiments table) and those all share.</summary>
internal static class Conditions
{
    public static (IReadOnlyList<string> Differing, IReadOnlyList<string> Shared) Split(IReadOnlyList<Experiment> experiments)
    {
        var keys = experiments.SelectMany(e => e.Params.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var differing = keys.Where(k => experiments.Select(e => Value(e, k)).Distinct(StringComparer.Ordinal).Count() > 1).ToList();
        return (differing, keys.Except(differing).ToList());
    }

    /// <summary>The value as compact JSON, or "—" when the experiment does not record the key.</summary>
    public static string Value(Experiment experiment, string key) =>
        experiment.Params.TryGetValue(key, out var value) ? Format(value) : "—";

    private static string Format(JToken value) => value.Type == JTokenType.String ? (string)value! : value.ToString(Formatting.None);
}
