namespace Repro.Engine.Params;

/// <summary>Checks and normalises one value against its schema: an int is stored as an integer, a number as
/// a double (so "1" and "1.0" give the same key), and the problem text names what is allowed.</summary>
internal static class ParamValue
{
    /// <summary>The normalised value, or null with <paramref name="problem"/> set.</summary>
    public static JToken? Check(ParamSchema schema, JToken value, out string? problem)
    {
        problem = null;
        JToken? normal = (schema.Type, value.Type) switch
        {
            (ParamType.Int, JTokenType.Integer) => new JValue(value.Value<long>()),
            (ParamType.Int, JTokenType.Float) when value.Value<double>() == Math.Floor(value.Value<double>()) => new JValue((long)value.Value<double>()),
            (ParamType.Number, JTokenType.Integer or JTokenType.Float) => new JValue(value.Value<double>()),
            (ParamType.Bool, JTokenType.Boolean) => new JValue(value.Value<bool>()),
            (ParamType.String or ParamType.Path, JTokenType.String) => new JValue(value.Value<string>()),
            _ => null,
        };
        if (normal is null || !InRange(schema, normal))
        {
            var shown = value.ToString(Newtonsoft.Json.Formatting.None);
            problem = $"{schema.Key} = {shown} is not allowed: expected {schema.Allowed}" +
                (schema.Description.Length > 0 ? $" ({schema.Description})" : "");
            return null;
        }
        return normal;
    }

    /// <summary>Parses a --set value by the key's type ("10" is an int for an int key, a string for a string key).</summary>
    public static JToken Parse(ParamSchema schema, string text) => schema.Type switch
    {
        ParamType.Int when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => new JValue(l),
        ParamType.Number when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => new JValue(d),
        ParamType.Bool when bool.TryParse(text, out var b) => new JValue(b),
        ParamType.String or ParamType.Path => new JValue(text),
        _ => new JValue(text),
    };

    private static bool InRange(ParamSchema schema, JToken value)
    {
        if (schema.Type is ParamType.Int or ParamType.Number)
        {
            var number = value.Value<double>();
            return !(number < schema.Min) && !(number > schema.Max) && double.IsFinite(number);
        }
        return schema.Type != ParamType.String || schema.Values is not { Count: > 0 } || schema.Values.Contains(value.Value<string>()!);
    }
}
