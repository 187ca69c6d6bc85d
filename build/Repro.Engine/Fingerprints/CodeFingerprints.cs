namespace Repro.Engine.Fingerprints;

/// <summary>Each stage's <see cref="CodeFingerprint"/>, computed once per command.</summary>
internal sealed class CodeFingerprints(TreeHasher hasher)
{
    private readonly Dictionary<string, string> _known = new(StringComparer.Ordinal);

    public string Of(StageDefinition stage)
    {
        if (!_known.TryGetValue(stage.Name, out var fingerprint))
            _known[stage.Name] = fingerprint = CodeFingerprint.Of(stage, hasher);
        return fingerprint;
    }
}
