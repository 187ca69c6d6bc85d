using System.Text.Json;

namespace Repro.Pipeline.Benchmarks;

/// <summary>The benchmark runs what is already built: repro.dll and every stage's `program` in Release.</summary>
internal static class BuildCheck
{
    /// <summary>The missing build outputs (empty when everything is built).</summary>
    public static IReadOnlyList<string> Missing(string repo)
    {
        var missing = new List<string>();
        if (!File.Exists(RepoRoot.Repro(repo))) missing.Add(Path.GetRelativePath(repo, RepoRoot.Repro(repo)));
        foreach (var stageDir in BenchWorkspace.StageFolders(repo))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(stageDir, "stage.json")));
            var program = json.RootElement.TryGetProperty("program", out var p) ? p.GetString() : null;
            if (program is null || !File.Exists(Path.Combine(stageDir, program)))
                missing.Add(Path.GetRelativePath(repo, Path.Combine(stageDir, program ?? "(no program in stage.json)")));
        }
        return missing;
    }
}
