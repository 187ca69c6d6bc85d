namespace Repro.Engine.Execution;

/// <summary>A stage instance's key with everything it was computed from: the key record, the dep records for
/// the lock, and each dep's absolute path for the stage request.</summary>
internal sealed record InstanceKey(
    KeyRecord Record,
    SortedDictionary<string, JToken> Params,
    SortedDictionary<string, DepRecord> Deps,
    IReadOnlyDictionary<string, string> DepPaths)
{
    public string Key { get; } = Record.Key;
}
