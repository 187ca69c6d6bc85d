namespace Repro.Engine.Errors;

/// <summary>Messages for `repro gc`.</summary>
internal static class CollectionErrors
{
    public static ReproException RemoteNeedsDelete(string remote) =>
        new(ExitCode.BadInput, $"gc on remote {remote} deletes shared data: add --delete to do it, or --dry-run to list what it would free. Nothing was deleted.");

    public static ReproException NoHistory(string root, string why) =>
        new(ExitCode.BadInput, $"gc --all-commits reads pipeline.lock.json from every commit, but git could not in {root}: {why}. " +
            "Run it inside the git repository, or without --all-commits.");
}
