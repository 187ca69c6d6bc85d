namespace Repro.Engine.Inspection;

/// <summary>Where a stage instance stands against the lock and the outputs.</summary>
public enum InstanceState
{
    UpToDate,

    /// <summary>Its own key differs from the lock, or its outputs are missing and cannot be restored.</summary>
    WillRun,

    /// <summary>An upstream will run, so its key is not known until then.</summary>
    MayRun,
}
