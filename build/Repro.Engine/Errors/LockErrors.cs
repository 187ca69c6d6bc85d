namespace Repro.Engine.Errors;

/// <summary>Messages for an unreadable or incompatible pipeline.lock.json, and for the workspace guard.</summary>
internal static class LockErrors
{
    public static ReproException Unreadable(string file, string why) =>
        new(ExitCode.BadLock, $"Cannot read '{file}': {why}. Restore it from Git (git checkout -- pipeline.lock.json) or delete it to rebuild it from a full run.");

    public static ReproException Incompatible(string file, string what) =>
        new(ExitCode.BadLock, $"'{file}' is incompatible with this repro: {what}. Delete it to rebuild it from a full run, or use the repro version that wrote it.");

    public static ReproException Busy(string workspace) =>
        new(ExitCode.BadInput, $"Another repro run holds the workspace '{workspace}'. Wait for it to finish, or drop --no-wait to queue behind it.");
}
