namespace Repro.Engine.Remotes;

/// <summary>What one push or fetch moved: files and bytes sent or received, and what was already there.</summary>
internal sealed record TransferSummary(int Files, long Bytes, int AlreadyPresent, TimeSpan Elapsed)
{
    public string Describe(string verb) =>
        $"{verb} {Files} file(s), {Bytes / 1e6:F1} MB in {Elapsed.TotalSeconds:F1} s" +
        (Elapsed.TotalSeconds > 0 && Bytes > 0 ? $" ({Bytes / 1e6 / Elapsed.TotalSeconds:F1} MB/s)" : "") +
        $"; {AlreadyPresent} already present";
}
