namespace Repro.Engine.Inspection;

/// <summary>`repro verify`: reruns every instance of the profile from scratch in a temporary area (outputs/,
/// the cache and the lock are never touched) and compares each with the lock at the strongest level the
/// evidence allows (<see cref="VerifyLevel"/>), saying which per instance. Any difference fails.</summary>
public static class VerifyCommand
{
    /// <param name="bitwise">Fail unless every instance could be compared bit for bit (a lock this machine wrote).</param>
    /// <returns>One verdict per instance, in pipeline order.</returns>
    public static IReadOnlyList<VerifyVerdict> Run(WorkspacePaths paths, RunOptions options, IEngineConsole console,
        CancellationToken cancellation, bool bitwise = false) =>
        Run(paths, options, console, new LocalProcessRunner(), cancellation, bitwise);

    internal static IReadOnlyList<VerifyVerdict> Run(WorkspacePaths paths, RunOptions options, IEngineConsole console, IStageRunner runner,
        CancellationToken cancellation, bool bitwise)
    {
        var state = PipelineState.Load(paths, options, console);
        using var stores = CacheStores.Open(paths, console);
        var tools = PlanningTools.For(state, stores);
        // Nothing is reproduced unless every selected lock entry describes the current pipeline.
        foreach (var instance in state.Selected)
        {
            var key = tools.Keys.Build(instance, u => state.Locked(u)?.Outs)!;   // an upstream without an entry failed first
            var decision = tools.Planner.DecideByLockEntry(instance, key, state.Locked(instance));
            if (!decision.IsCurrent) throw RunErrors.VerifyNeedsLock(instance.Name, decision.Reason);
        }
        var area = Directory.CreateTempSubdirectory("repro-verify-").FullName;
        try
        {
            var executor = new StageExecutor(runner, paths, console, options.Verbose);
            var verifier = new Verifier(state, tools.Keys, executor, stores.Runs, area, console, cancellation);
            foreach (var instance in state.Selected) verifier.Verify(instance);
            foreach (var verdict in verifier.Verdicts) console.Line(verdict.Line);
            if (verifier.Differences.Count > 0) throw RunErrors.VerifyMismatch(verifier.Differences);
            var weaker = verifier.Verdicts.Where(v => v.Level != VerifyLevel.Bitwise).Select(v => v.Instance).ToList();
            if (bitwise && weaker.Count > 0) throw RunErrors.VerifyNotBitwise(weaker);
            return verifier.Verdicts;
        }
        finally
        {
            Directory.Delete(area, recursive: true);
        }
    }
}
