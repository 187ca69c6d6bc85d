using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Repro.Imaging;

/// <summary>Writes manifests as stable bytes: the caller's property order, two-space indentation, LF line
/// ends, invariant numbers, UTF-8 without BOM, a final newline. Equal content, equal bytes, on any OS.</summary>
public static class CanonicalJson
{
    public static string Serialize(JToken token)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2, Culture = CultureInfo.InvariantCulture, CloseOutput = false })
            token.WriteTo(writer);
        text.Write('\n');
        return text.ToString();
    }

    public static void Write(string path, JToken token) =>
        File.WriteAllText(path, Serialize(token), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
