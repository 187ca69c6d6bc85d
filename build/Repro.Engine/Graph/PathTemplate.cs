namespace Repro.Engine.Graph;

/// <summary>Substitutes ${section.key} in a dep path with the instance's resolved param value.</summary>
internal static class PathTemplate
{
    public static string Expand(string template, IReadOnlyDictionary<string, JToken> values, out string? missing)
    {
        missing = null;
        var result = template;
        var start = result.IndexOf("${", StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = result.IndexOf('}', start);
            if (end < 0) break;
            var key = result[(start + 2)..end];
            if (!values.TryGetValue(key, out var value))
            {
                missing = key;
                return template;
            }
            var text = value.Type == JTokenType.String ? value.Value<string>()! : value.ToString(Newtonsoft.Json.Formatting.None);
            result = result[..start] + text + result[(end + 1)..];
            start = result.IndexOf("${", start + text.Length, StringComparison.Ordinal);
        }
        return result.Replace('\\', '/').TrimEnd('/');
    }
}
