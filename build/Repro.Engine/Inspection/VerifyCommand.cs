namespace Repro.Engine.Inspection;

/// <summary>`repro verify`: reruns every instance of the profile from scratch in a temporary area (outputs/,
/// the cache and the lock are never touched) and compares each out with the lock: bitwise where provenance
/// matches this machine, otherwise existence and size only, saying why.</summary>
public static class VerifyCommand
{
    /// <returns>One note per instance compared by existence and size only (empty: all bitwise).</returns>
    public static IReadOnlyList<string> Run(WorkspacePaths paths, RunOptions options, IEngineConsole console, CancellationToken cancellation)
    {
        using var session = Session.Open(paths, options, console);
        var area = Directory.CreateTempSubdirectory("repro-verify-").FullName;
        try
        {
            var verifier = new Verifier(session, area, cancellation);
            foreach (var instance in session.Selected) verifier.Verify(instance);
            foreach (var note in verifier.Notes) console.Line(note);
            if (verifier.Differences.Count > 0) throw RunErrors.VerifyMismatch(verifier.Differences);
            return verifier.Notes;
        }
        finally
        {
            Directory.Delete(area, recursive: true);
        }
    }
}
