namespace Repro.Engine.Definition;

/// <summary>One param key a stage owns: its type, inclusive range or allowed values, and what it means.</summary>
internal sealed record ParamSchema(
    string Key,
    string Owner,
    ParamType Type,
    double? Min,
    double? Max,
    IReadOnlyList<string>? Values,
    string Description)
{
    /// <summary>"an integer in 1..512", "one of auto, cpu, cuda": the allowed values, for error messages.</summary>
    public string Allowed => Type switch
    {
        ParamType.Int => "an integer" + Range(),
        ParamType.Number => "a number" + Range(),
        ParamType.Bool => "true or false",
        ParamType.String when Values is { Count: > 0 } => "one of " + string.Join(", ", Values),
        ParamType.String => "a string",
        _ => "a path relative to the workspace",
    };

    private string Range() => (Min, Max) switch
    {
        ({ } min, { } max) => $" in {Format(min)}..{Format(max)}",
        ({ } min, null) => $" >= {Format(min)}",
        (null, { } max) => $" <= {Format(max)}",
        _ => "",
    };

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
