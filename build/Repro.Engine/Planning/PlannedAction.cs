namespace Repro.Engine.Planning;

/// <summary>What the engine will do for a stage instance, cheapest first.</summary>
internal enum PlannedAction
{
    /// <summary>The materialised outputs already are the key's result (or, lock-only, the key is the lock's).</summary>
    UpToDate,

    /// <summary>The cache lost the key but the outputs are exactly what the lock recorded: rebuild the entry.</summary>
    Adopt,

    /// <summary>The run-cache knows the key and every object checks out: copy it into place, no process.</summary>
    Restore,

    /// <summary>The remote's run-cache knows the key: download its objects (each verified), then restore.</summary>
    Pull,

    /// <summary>Start the stage.</summary>
    Run,
}
