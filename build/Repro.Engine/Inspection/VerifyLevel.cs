namespace Repro.Engine.Inspection;

/// <summary>How strongly verify could compare one instance with the lock, strongest first.</summary>
public enum VerifyLevel
{
    /// <summary>Same inputs, same numerics class: every out must be the same bits.</summary>
    Bitwise,

    /// <summary>Another numerics class (or upstream bits differ): the published metrics must agree within
    /// their tolerances, and the outs must have the same structure.</summary>
    Metrics,

    /// <summary>As <see cref="Metrics"/>, but the stage publishes no metric with a tolerance: structure only.</summary>
    Structure,
}

/// <summary>What verify concluded for one instance, and on what evidence.</summary>
public sealed record VerifyVerdict(string Instance, VerifyLevel Level, string Evidence)
{
    public string Line => $"{Instance}: {Level switch
    {
        VerifyLevel.Bitwise => "bitwise",
        VerifyLevel.Metrics => "by metrics",
        _ => "structure only",
    }} ({Evidence})";
}
