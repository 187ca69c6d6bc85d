namespace Repro.Engine.Definition;

/// <summary>One stage as its stage.json declares it. <see cref="Name"/> is the folder name in lower case
/// ("train" for stages/Train), the name deps and instances use. <see cref="Numerics"/> is the class its outputs
/// are reproducible in when the stage itself reports none ("portable": the same bits on every CPU; absent:
/// only on the same CPU kind).</summary>
internal sealed record StageDefinition(
    string Name,
    string Folder,
    string Program,
    StageForeach Foreach,
    IReadOnlyList<DepDefinition> Deps,
    IReadOnlyList<string> Params,
    IReadOnlyList<ParamSchema> Schema,
    IReadOnlyList<string> Outs,
    IReadOnlyDictionary<string, string> Env,
    IReadOnlyList<MetricDefinition> Metrics,
    string? Numerics = null)
{
    /// <summary>A file in the out folder the engine writes the last run's notes to (what ran and why), or null.</summary>
    public string? RunNotes { get; init; }

    /// <summary>A file pattern in the program's folder that only a CUDA build of the stage has, or null: with a
    /// CUDA driver, its presence selects params.json's CUDA default profile.</summary>
    public string? CudaBuild { get; init; }

    /// <summary>An out file (a trained model) the stage's program draws images from with `PROGRAM --generate
    /// REQUEST.json`, for `repro generate`; null when it has none.</summary>
    public string? Generator { get; init; }

    /// <summary>Which snapshot's generator <see cref="Generator"/> is ("final", "best"): `repro generate --snapshot best`
    /// draws from the stage that keeps the best one; any other snapshot asks the final one's.</summary>
    public string GeneratorSnapshot { get; init; } = "final";

    /// <summary>What an instance takes while it runs: cores and GPUs for `--jobs`, and a Slurm job's request.</summary>
    public StageResources Resources { get; init; } = StageResources.Default;

    /// <summary>The stage folder's own name, "Train": how users name the code in messages.</summary>
    public string FolderName => System.IO.Path.GetFileName(Folder);

    /// <summary>Absolute path of the built entry assembly.</summary>
    public string ProgramPath => System.IO.Path.GetFullPath(System.IO.Path.Combine(Folder, Program));

    /// <summary>Does this stage declare <paramref name="key"/>, directly or through "section.*"?</summary>
    public bool Declares(string key) => Params.Any(p =>
        p == key || (p.EndsWith(".*", StringComparison.Ordinal) && key.StartsWith(p[..^1], StringComparison.Ordinal)));
}
