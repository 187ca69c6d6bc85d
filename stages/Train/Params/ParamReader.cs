using Repro.Contract;
using System.Globalization;

namespace Repro.Train.Params;

/// <summary>Typed, range-checked reads of the request's params; messages name the key and the allowed range.</summary>
internal sealed class ParamReader(StageContext context)
{
    public int Int(string key, int min, int max) => (int)InRange(key, context.GetLong(key), min, max);

    public long Long(string key, long min, long max) => InRange(key, context.GetLong(key), min, max);

    public double Number(string key, double min, double max)
    {
        var value = context.GetDouble(key);
        return value >= min && value <= max ? value : throw OutOfRange(key, value.ToString("R", CultureInfo.InvariantCulture), min, max);
    }

    /// <summary>A remedy key that may be absent from older params files: absent means off.</summary>
    public double OptionalNumber(string key, double min, double max, double absent) =>
        context.Request.Params.ContainsKey(key) ? Number(key, min, max) : absent;

    public bool OptionalBool(string key, bool absent) =>
        context.Request.Params.ContainsKey(key) ? context.GetBool(key) : absent;

    public string OptionalOneOf(string key, string absent, params string[] values) =>
        context.Request.Params.ContainsKey(key) ? OneOf(key, values) : absent;

    public string OneOf(string key, params string[] values)
    {
        var value = context.GetString(key);
        return Array.IndexOf(values, value) >= 0
            ? value
            : throw new StageInputException($"Param '{key}' is \"{value}\"; use one of: {string.Join(", ", values)}.");
    }

    private static long InRange(string key, long value, long min, long max) =>
        value >= min && value <= max ? value : throw OutOfRange(key, value.ToString(CultureInfo.InvariantCulture), min, max);

    private static StageInputException OutOfRange(string key, string value, IFormattable min, IFormattable max) =>
        new($"Param '{key}' is {value}; allowed range is {min.ToString(null, CultureInfo.InvariantCulture)} to {max.ToString(null, CultureInfo.InvariantCulture)}.");
}
