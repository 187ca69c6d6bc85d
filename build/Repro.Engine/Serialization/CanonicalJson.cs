using System.Text;
using Newtonsoft.Json;

namespace Repro.Engine.Serialization;

/// <summary>One canonical text for a JSON value: object keys sorted ordinally, 2-space indentation, LF line
/// ends, invariant numbers, a final newline. Equal values give equal bytes, so the lock diffs cleanly and a
/// no-op run rewrites nothing.</summary>
internal static class CanonicalJson
{
    public static string Serialize(JToken value, bool indented = true)
    {
        var builder = new StringBuilder();
        using (var writer = new JsonTextWriter(new StringWriter(builder, CultureInfo.InvariantCulture) { NewLine = "\n" })
        {
            Formatting = indented ? Formatting.Indented : Formatting.None,
            Indentation = 2,
            Culture = CultureInfo.InvariantCulture,
        })
        {
            Sorted(value).WriteTo(writer);
        }
        return builder.Replace("\r\n", "\n").Append(indented ? "\n" : "").ToString();
    }

    public static byte[] Bytes(JToken value, bool indented = false) => Encoding.UTF8.GetBytes(Serialize(value, indented));

    private static JToken Sorted(JToken token) => token switch
    {
        JObject obj => new JObject(obj.Properties().OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new JProperty(p.Name, Sorted(p.Value)))),
        JArray array => new JArray(array.Select(Sorted)),
        _ => token.DeepClone(),
    };
}
