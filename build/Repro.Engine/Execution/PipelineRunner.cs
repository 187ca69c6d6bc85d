using System.Diagnostics;

namespace Repro.Engine.Execution;

/// <summary>`repro [TARGET]`: settles each planned stage instance in topological order (cached, restored or
/// ran), writing its lock entry as soon as it settles. Stops at the first failure, leaving everything the
/// failed instance would have touched as it was.</summary>
public static class PipelineRunner
{
    public static RunReport Run(WorkspacePaths paths, RunOptions options, IEngineConsole console, CancellationToken cancellation)
    {
        using var guard = WorkspaceGuard.Acquire(paths, !options.NoWait, console, cancellation);
        using var session = Session.Open(paths, options, console);
        ClearScratch(paths);
        var report = new RunReport(session.Profile);
        var settle = new InstanceSettler(session, cancellation);
        var settled = new Dictionary<StageInstance, OutListing>();
        ReproException? failure = null;
        foreach (var instance in session.Selected)
        {
            if (failure is not null)
            {
                report.Add(new InstanceResult(instance.Name, Outcome.Skipped, "not started after the failure above", TimeSpan.Zero, []));
                continue;
            }
            var watch = Stopwatch.StartNew();
            try
            {
                var key = session.Keys.Build(instance, u => settled[u].Outs)!;
                var (outcome, reason, changes, entry) = settle.Settle(instance, key);
                settled[instance] = entry.Outs;
                session.Listings.Add(entry.Outs.Hash, entry.Outs.Files);
                foreach (var (hash, files) in key.Listings) session.Listings.Add(hash, files);
                var locked = session.Lock.Find(session.Profile, instance.Name);
                var reproduced = locked?.SameResult(key.Key, entry.Outs.Outs) == true;
                // Reproducing a result is not changing it: the entry keeps the provenance of the run that first
                // recorded it, so a run on another machine leaves the lock byte-identical.
                session.Lock.Save(session.Profile, instance.Name, new LockEntry(key.Key, key.Record.Code, key.Params, key.Deps,
                    entry.Outs.Outs, reproduced ? locked!.Provenance : entry.Provenance,
                    MetricReader.Values(session.Paths.Full(instance.OutPath), instance.Stage.Metrics)));
                if (locked?.Key == key.Key && !reproduced) reason += "; " + LockDrift.Describe(locked, entry);
                report.Add(new InstanceResult(instance.Name, outcome, reason, watch.Elapsed, changes));
            }
            catch (Exception e) when (e is ReproException or OperationCanceledException)
            {
                failure = e as ReproException ?? RunErrors.Cancelled();
                report.Add(new InstanceResult(instance.Name, Outcome.Failed, failure.Message.Split('\n')[0], watch.Elapsed, []));
            }
        }
        Finish(session, report, failed: failure is not null);
        return failure is null ? report : throw failure;
    }

    private static void Finish(Session session, RunReport report, bool failed)
    {
        AtomicFile.WriteAllText(session.Paths.LastRun, report.ToJson());
        // changes.md describes a completed run; a failed one leaves the last one (and the report linking it) alone.
        if (!failed && session.Selected.Any(i => i.Stage.Name == "report") && Directory.Exists(Path.GetDirectoryName(session.Paths.Changes)))
            AtomicFile.WriteIfChanged(session.Paths.Changes, ChangesReport.Render(report));
        session.Console.Summary(report);
    }

    /// <summary>Staging and trash left by a killed run are garbage: no run holds the guard but this one.</summary>
    private static void ClearScratch(WorkspacePaths paths)
    {
        foreach (var folder in new[] { paths.Staging, paths.Trash }.Where(Directory.Exists))
            Directory.Delete(folder, recursive: true);
    }
}
