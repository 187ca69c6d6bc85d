namespace Repro.Engine.Execution;

/// <summary>What starting one stage instance takes: its name (for messages), the stage program, the request
/// file the engine wrote, the workspace as working directory, the stage.json env, and --verbose.</summary>
internal sealed record StageLaunch(
    string Instance,
    string Program,
    string RequestFile,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string> Env,
    bool Verbose);
