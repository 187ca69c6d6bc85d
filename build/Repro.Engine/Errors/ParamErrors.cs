namespace Repro.Engine.Errors;

/// <summary>Messages for params.json, --set and --experiment/--profile problems: exit code 2.</summary>
internal static class ParamErrors
{
    public static ReproException Problems(string file, IReadOnlyList<string> problems) =>
        new(ExitCode.BadInput, $"{file} has {problems.Count} problem(s); nothing was run:\n" +
            string.Join("\n", problems.Select(p => "  - " + p)));

    public static ReproException UnknownProfile(string profile, IEnumerable<string> profiles) =>
        new(ExitCode.BadInput, $"Profile '{profile}' does not exist in params.json. Available profiles are: {Join(profiles)}.");

    public static ReproException NoDefaultProfile(string file, IEnumerable<string> profiles) =>
        new(ExitCode.BadInput, $"No --profile given and {file} declares no \"defaultProfile\". Give --profile (one of: {Join(profiles)}) or add " +
            "\"defaultProfile\": { \"cuda\": PROFILE, \"otherwise\": PROFILE } to params.json.");

    public static ReproException UnknownExperiment(string experiment, IEnumerable<string> experiments) =>
        new(ExitCode.BadInput, $"Experiment '{experiment}' does not exist in params.json. Available experiments are: {Join(experiments)}.");

    public static ReproException BadSet(string text, string why) =>
        new(ExitCode.BadInput, $"--set {text}: {why}");

    private static string Join(IEnumerable<string> names) => string.Join(", ", names.Order(StringComparer.Ordinal));
}
