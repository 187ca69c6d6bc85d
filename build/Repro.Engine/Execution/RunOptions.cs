namespace Repro.Engine.Execution;

/// <summary>What the user asked for on the command line; shared by run, status, explain, verify and dag.</summary>
public sealed record RunOptions
{
    public string? Profile { get; init; }
    public string? Experiment { get; init; }
    public string? Target { get; init; }
    public IReadOnlyList<string> Sets { get; init; } = [];
    public bool Force { get; init; }
    public bool NoWait { get; init; }
    public bool Verbose { get; init; }

    /// <summary>The remote a run may pull from (null: the default remote, if one is configured).</summary>
    public string? Remote { get; init; }

    /// <summary>Stage processes that may run at once (instances whose inputs are settled), within the cores.</summary>
    public int Jobs { get; init; } = 1;

    /// <summary>After a failure, still run what does not depend on it.</summary>
    public bool KeepGoing { get; init; }

    /// <summary>Run stage processes as Slurm jobs (null: as local processes).</summary>
    public SlurmOptions? Slurm { get; init; }

    /// <summary>Never consult a remote.</summary>
    public bool Offline { get; init; }

    /// <summary>Whether --force applies to instances of <paramref name="stage"/>: every stage, or only the target's.</summary>
    public bool Forces(string stage) => Force && (Target is null || Target == stage);
}
