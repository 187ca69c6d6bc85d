using Newtonsoft.Json;

namespace Repro.Engine.Serialization;

/// <summary>Reading JSON the engine's way: no date guessing (a string stays a string), errors named by file.</summary>
internal static class Json
{
    public static JObject ReadObject(string file, Func<string, string, Exception> error)
    {
        try
        {
            using var reader = new JsonTextReader(new StreamReader(file))
            {
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Double,
            };
            return JToken.ReadFrom(reader) as JObject ?? throw error(file, "the top level must be a JSON object");
        }
        catch (JsonException e)
        {
            throw error(file, e.Message);
        }
        catch (IOException e)
        {
            throw error(file, e.Message);
        }
    }

    public static JToken Parse(string text)
    {
        using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }
}
