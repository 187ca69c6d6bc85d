namespace Repro.Engine.Errors;

/// <summary>Messages for `repro generate`: what is missing and the command that makes it.</summary>
internal static class GenerateErrors
{
    public static ReproException NoGenerator() =>
        new(ExitCode.BadInput, "No stage declares a generator in its stage.json (\"generator\": \"OUT FILE\"), so there is nothing to generate from.");

    public static ReproException SnapshotNotKept(string snapshot, IEnumerable<string> kept) =>
        new(ExitCode.BadInput, $"--snapshot {snapshot}: no stage keeps that snapshot's generator; the pipeline keeps {string.Join(" and ", kept.Order(StringComparer.Ordinal))}.");

    public static ReproException NotTrained(string instance, string profile, string experiment, string stage, string why) =>
        new(ExitCode.BadInput, $"{instance} has no trained result for profile {profile} with the current conditions ({why}). " +
            $"Run 'repro {stage} --profile {profile} --experiment {experiment}' first, or 'repro pull {stage} --profile {profile}' if a remote has it.");

    public static ReproException Failed(string instance, int exitCode, IReadOnlyList<string> tail) =>
        new(exitCode == ExitCode.BadInput ? ExitCode.BadInput : ExitCode.StageFailed,
            $"Generating from {instance} failed (exit {exitCode}); nothing was written." + (tail.Count == 0 ? "" : "\n" + string.Join("\n", tail.Select(l => "  | " + l))));
}
