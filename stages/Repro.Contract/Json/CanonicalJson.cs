using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Repro.Contract;

/// <summary>The one JSON writer of the engine and the stages: 2-space indentation (or none), LF line ends,
/// invariant numbers, UTF-8 without BOM, a final newline when indented. Equal content, equal bytes, on any OS.</summary>
public static class CanonicalJson
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string Serialize(JToken value, KeyOrder order = KeyOrder.Sorted, bool indented = true)
    {
        var builder = new StringBuilder();
        using (var writer = new JsonTextWriter(new StringWriter(builder, CultureInfo.InvariantCulture) { NewLine = "\n" })
        {
            Formatting = indented ? Formatting.Indented : Formatting.None,
            Indentation = 2,
            Culture = CultureInfo.InvariantCulture,
        })
        {
            (order == KeyOrder.Sorted ? Sorted(value) : value).WriteTo(writer);
        }
        return builder.Replace("\r\n", "\n").Append(indented ? "\n" : "").ToString();
    }

    /// <summary>The compact sorted form's bytes: what keys and record hashes are computed over.</summary>
    public static byte[] Bytes(JToken value, bool indented = false) => Utf8.GetBytes(Serialize(value, KeyOrder.Sorted, indented));

    public static void Write(string path, JToken value, KeyOrder order = KeyOrder.Sorted) =>
        File.WriteAllText(path, Serialize(value, order), Utf8);

    private static JToken Sorted(JToken token) => token switch
    {
        JObject obj => new JObject(obj.Properties().OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new JProperty(p.Name, Sorted(p.Value)))),
        JArray array => new JArray(array.Select(Sorted)),
        _ => token.DeepClone(),
    };
}
