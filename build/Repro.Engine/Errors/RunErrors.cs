namespace Repro.Engine.Errors;

/// <summary>Messages for failures while stage instances run or are verified.</summary>
internal static class RunErrors
{
    public static ReproException StageRejectedInput(string instance, string message) =>
        new(ExitCode.BadInput, $"{instance} rejected its input (exit 2):\n{message.TrimEnd()}\nFix the input or params named above and rerun.");

    public static ReproException StageFailed(string instance, StageExit exit) =>
        new(ExitCode.StageFailed, $"{instance} failed with exit code {exit.ExitCode}{(exit.Where is null ? "" : $" ({exit.Where})")}. " +
            "Previous outputs, cache and pipeline.lock.json are unchanged." +
            (exit.StderrTail.Count == 0 ? " The stage wrote nothing to stderr." : $" Last {exit.StderrTail.Count} line(s) of its stderr:\n" + string.Join("\n", exit.StderrTail.Select(l => "  | " + l))));

    public static ReproException MissingOuts(string instance, IEnumerable<string> outs) =>
        new(ExitCode.StageFailed, $"{instance} exited 0 but did not create its declared out(s): {string.Join(", ", outs)}. Fix the stage to write them into its OutDir.");

    public static ReproException UndeclaredOuts(string instance, IEnumerable<string> names) =>
        new(ExitCode.StageFailed, $"{instance} wrote undeclared file(s) into its OutDir: {string.Join(", ", names)}. Declare them in stage.json \"outs\" or stop writing them.");

    public static ReproException Cancelled() =>
        new(ExitCode.Cancelled, "Cancelled. Previous outputs, cache and pipeline.lock.json are unchanged for the interrupted stage instance.");

    public static ReproException NotUpToDate(int count) =>
        new(ExitCode.BadInput, $"{count} stage instance(s) are not up to date with pipeline.lock.json. Run 'repro' and commit pipeline.lock.json.");

    public static ReproException PulledButDamaged(string instance) =>
        new(ExitCode.StageFailed, $"{instance}: the objects pulled from the remote were damaged in the local cache before they could be restored. Rerun.");

    public static ReproException VerifyNeedsLock(string instance, string why) =>
        new(ExitCode.BadInput, $"Cannot verify {instance}: {why}. Run 'repro' first so pipeline.lock.json describes the current pipeline.");

    public static ReproException VerifyNotBitwise(IReadOnlyList<string> instances) =>
        new(ExitCode.StageFailed, $"Verification with --bitwise failed: {string.Join(", ", instances)} could not be compared bit for bit " +
                                  "(their provenance names another numerics class or CPU, or their inputs differ; see the lines above). " +
                                  "Run 'repro' on this machine first when checking that it reproduces its own results.");

    public static ReproException VerifyMismatch(IReadOnlyList<string> diffs) =>
        new(ExitCode.StageFailed, $"Verification failed: {diffs.Count} difference(s) from pipeline.lock.json:\n" + string.Join("\n", diffs.Select(d => "  - " + d)));
}
