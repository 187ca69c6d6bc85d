namespace Repro.Engine.Errors;

/// <summary>Messages for a broken pipeline definition (stage.json files, the graph): exit code 2.</summary>
internal static class DefinitionErrors
{
    public static ReproException NoWorkspace(string start) =>
        new(ExitCode.BadInput, $"No params.json found in '{start}' or any parent folder. Run repro inside a Repro workspace or pass --workspace DIR.");

    public static ReproException NoStages(string stagesDir) =>
        new(ExitCode.BadInput, $"No stage.json found under '{stagesDir}'. Each stage folder needs a stage.json (see stages/README.md).");

    public static ReproException Unreadable(string file, string why) =>
        new(ExitCode.BadInput, $"Cannot read '{file}': {why}. Fix the JSON and retry.");

    public static ReproException Invalid(string file, string what) =>
        new(ExitCode.BadInput, $"{file}: {what}");

    public static ReproException Problems(IReadOnlyList<string> problems) =>
        new(ExitCode.BadInput, $"The pipeline definition has {problems.Count} problem(s); nothing was run:\n" +
            string.Join("\n", problems.Select(p => "  - " + p)));

    public static ReproException UnknownTarget(string target, IEnumerable<string> stages) =>
        new(ExitCode.BadInput, $"Stage '{target}' does not exist. Available stages are: {string.Join(", ", stages.Order(StringComparer.Ordinal))}.");

    public static ReproException UnknownInstance(string name, IEnumerable<string> instances) =>
        new(ExitCode.BadInput, $"Stage instance '{name}' does not exist in this profile. Available instances are: {string.Join(", ", instances)}.");

    public static ReproException ProgramMissing(string instance, string program) =>
        new(ExitCode.BadInput, $"The program of {instance} is not built: '{program}' does not exist. Build the solution first (dotnet build -c Release).");
}
