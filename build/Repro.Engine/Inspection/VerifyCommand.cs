namespace Repro.Engine.Inspection;

/// <summary>`repro verify`: reruns every instance of the profile from scratch in a temporary area (outputs/,
/// the cache and the lock are never touched) and compares each with the lock at the strongest level the
/// evidence allows (<see cref="VerifyLevel"/>), saying which per instance. Any difference fails.</summary>
public static class VerifyCommand
{
    /// <param name="bitwise">Fail unless every instance could be compared bit for bit (a lock this machine wrote).</param>
    /// <returns>One verdict per instance, in pipeline order.</returns>
    public static IReadOnlyList<VerifyVerdict> Run(WorkspacePaths paths, RunOptions options, IEngineConsole console,
        CancellationToken cancellation, bool bitwise = false)
    {
        using var session = Session.Open(paths, options, console);
        var area = Directory.CreateTempSubdirectory("repro-verify-").FullName;
        try
        {
            var verifier = new Verifier(session, area, cancellation);
            foreach (var instance in session.Selected) verifier.Verify(instance);
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
