namespace Repro.Engine.Params;

/// <summary>One overlay of params.json ("defaults", "experiments.run1", "profiles.ci.experiments.run1"):
/// flat "section.key" -> value, with its location for messages.</summary>
internal sealed record ParamLayer(string Location, IReadOnlyDictionary<string, JToken> Values)
{
    public static ParamLayer Empty(string location) => new(location, new Dictionary<string, JToken>(StringComparer.Ordinal));
}
