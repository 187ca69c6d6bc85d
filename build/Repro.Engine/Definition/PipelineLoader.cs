namespace Repro.Engine.Definition;

/// <summary>Loads every stages/*/stage.json of a workspace and checks what spans stages: each schema key
/// has one owner, and every declared param exists in some schema.</summary>
internal static class PipelineLoader
{
    public static PipelineDefinition Load(string workspace)
    {
        var stagesDir = Path.Combine(workspace, "stages");
        var files = Directory.Exists(stagesDir)
            ? Directory.GetDirectories(stagesDir).Select(d => Path.Combine(d, "stage.json")).Where(File.Exists)
                .Order(StringComparer.Ordinal).ToList()
            : [];
        if (files.Count == 0) throw DefinitionErrors.NoStages(stagesDir);

        var problems = new List<string>();
        var stages = files.Select(f => StageJsonReader.Read(f, problems)).OfType<StageDefinition>().ToList();
        foreach (var key in stages.SelectMany(s => s.Schema).GroupBy(s => s.Key).Where(g => g.Count() > 1))
            problems.Add($"param \"{key.Key}\" is owned by more than one stage ({string.Join(", ", key.Select(k => k.Owner))}); each key has exactly one owner");
        var schema = stages.SelectMany(s => s.Schema).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var stage in stages)
        {
            foreach (var declared in stage.Params.Where(p => !Matches(p, schema)))
                problems.Add($"stages/{stage.FolderName}/stage.json: param \"{declared}\" is in no stage's schema; add it to the owning stage's \"schema\"");
        }
        if (problems.Count > 0) throw DefinitionErrors.Problems(problems);
        return new PipelineDefinition(stages);
    }

    private static bool Matches(string declared, HashSet<string> schema) =>
        declared.EndsWith(".*", StringComparison.Ordinal)
            ? schema.Any(k => k.StartsWith(declared[..^1], StringComparison.Ordinal))
            : schema.Contains(declared);
}
