namespace Repro.Engine.Fingerprints;

/// <summary>A stage's code fingerprint: the hash of every file in its program's folder (the deterministic
/// build output of the stage project, what it references and the resolved packages) except *.pdb. Release
/// builds carry no PDB (Directory.Build.props), so a comment- or whitespace-only edit leaves it unchanged.</summary>
internal static class CodeFingerprint
{
    public static string Of(StageDefinition stage, TreeHasher hasher)
    {
        if (!File.Exists(stage.ProgramPath)) throw DefinitionErrors.ProgramMissing(stage.Name, stage.ProgramPath);
        var folder = Path.GetDirectoryName(stage.ProgramPath)!;
        return TreeHash.ListingHash(hasher.HashDirectory(folder, Include));
    }

    private static bool Include(string relative) => !relative.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase);
}
