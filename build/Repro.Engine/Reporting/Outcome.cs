namespace Repro.Engine.Reporting;

/// <summary>What happened to a stage instance in a run.</summary>
public enum Outcome
{
    /// <summary>The stage process ran.</summary>
    Ran,

    /// <summary>The materialised outputs already matched the key: nothing to do.</summary>
    Cached,

    /// <summary>Outputs restored from the cache for a key seen before, without starting the process.</summary>
    Restored,

    /// <summary>Downloaded from the remote's cache for a key it knows, then restored, without starting the process.</summary>
    Pulled,

    Failed,

    /// <summary>Not attempted because an earlier instance failed.</summary>
    Skipped,
}
