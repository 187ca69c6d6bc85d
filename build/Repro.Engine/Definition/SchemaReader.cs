namespace Repro.Engine.Definition;

/// <summary>Reads the "schema" section of a stage.json: the param keys the stage owns.</summary>
internal static class SchemaReader
{
    public static List<ParamSchema> Read(JObject? schema, string owner, Action<string> problem)
    {
        var result = new List<ParamSchema>();
        foreach (var (key, token) in schema ?? [])
        {
            if (token is not JObject entry || key.Split('.').Length != 2)
            {
                problem($"schema key \"{key}\" must be \"section.name\" with an object value");
                continue;
            }
            ParamType? type = (string?)entry["type"] switch
            {
                "int" => ParamType.Int,
                "number" => ParamType.Number,
                "bool" => ParamType.Bool,
                "string" => ParamType.String,
                "path" => ParamType.Path,
                _ => null,
            };
            if (type is null)
            {
                problem($"schema key \"{key}\" has type \"{entry["type"]}\"; allowed types are int, number, bool, string, path");
                continue;
            }
            var values = entry["values"] is JArray array ? array.Select(v => (string)v!).ToList() : null;
            result.Add(new ParamSchema(key, owner, type.Value, Number(entry["min"]), Number(entry["max"]), values,
                (string?)entry["description"] ?? ""));
        }
        return result;
    }

    private static double? Number(JToken? token) =>
        token is JValue { Type: JTokenType.Integer or JTokenType.Float } v ? v.Value<double>() : null;
}
