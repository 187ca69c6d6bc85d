using Newtonsoft.Json;

namespace Repro.Engine.Planning;

/// <summary>Names exactly which key fields differ between the lock's record and the current one:
/// `train.latentDim: 5 -> 10`, `dep dataset: 3f2a1b2c.. -> 9c1d4e5f.. (2 files changed)`, `code: Train changed`.</summary>
internal static class KeyDiff
{
    public const string NoEntry = "no entry in pipeline.lock.json";

    /// <param name="listing">Finds a folder dep's file listing by its hash (null when unknown).</param>
    public static List<string> Describe(KeyRecord? old, KeyRecord current, StageDefinition stage,
        Func<string, IReadOnlyDictionary<string, FileEntry>?> listing)
    {
        if (old is null) return [NoEntry];
        var changes = new List<string>();
        if (old.Code != current.Code) changes.Add($"code: {stage.FolderName} changed");
        foreach (var key in old.Params.Keys.Union(current.Params.Keys).Order(StringComparer.Ordinal))
        {
            var before = old.Params.GetValueOrDefault(key);
            var after = current.Params.GetValueOrDefault(key);
            if (!JToken.DeepEquals(before, after)) changes.Add($"{key}: {Show(before)} -> {Show(after)}");
        }
        foreach (var label in old.Deps.Keys.Union(current.Deps.Keys).Order(StringComparer.Ordinal))
        {
            var before = old.Deps.GetValueOrDefault(label);
            var after = current.Deps.GetValueOrDefault(label);
            if (before != after) changes.Add($"dep {label}: {Short(before)} -> {Short(after)}{Files(before, after, listing)}");
        }
        if (!old.Outs.Order(StringComparer.Ordinal).SequenceEqual(current.Outs.Order(StringComparer.Ordinal)))
            changes.Add($"outs: {string.Join(", ", old.Outs.Order(StringComparer.Ordinal))} -> {string.Join(", ", current.Outs.Order(StringComparer.Ordinal))}");
        if (old.Stage != current.Stage) changes.Add($"stage: {old.Stage} -> {current.Stage}");
        return changes;
    }

    /// <summary>" (2 files changed)" when both listings are known; "" otherwise.</summary>
    private static string Files(string? before, string? after, Func<string, IReadOnlyDictionary<string, FileEntry>?> listing)
    {
        if (before is null || after is null || listing(before) is not { } old || listing(after) is not { } now) return "";
        var changed = old.Keys.Union(now.Keys).Count(k => old.GetValueOrDefault(k) != now.GetValueOrDefault(k));
        return changed == 1 ? " (1 file changed)" : $" ({changed} files changed)";
    }

    private static string Show(JToken? value) => value is null ? "(none)" : value.ToString(Formatting.None);

    private static string Short(string? hash) => hash is null ? "(none)" : hash[..Math.Min(8, hash.Length)] + "..";
}
