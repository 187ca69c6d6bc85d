namespace Repro.Engine.Execution;

/// <summary>What starting one stage instance takes: its name (for messages), the stage program, the request
/// file the engine wrote, the staging folder the stage writes into (an executor that retries empties it first),
/// the workspace as working directory, the environment (stage.json's env, plus the GPU devices granted), the
/// resources it asked for (a cluster job's request), and --verbose.</summary>
internal sealed record StageLaunch(
    string Instance,
    string Program,
    string RequestFile,
    string OutDir,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string> Env,
    ResourceRequest Resources,
    bool Verbose);
