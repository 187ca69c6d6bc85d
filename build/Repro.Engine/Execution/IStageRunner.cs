namespace Repro.Engine.Execution;

/// <summary>The executor seam: runs one stage program on one request and reports how it ended. The engine
/// owns everything around it (keys, staging, checking outs, promotion, the lock), so an implementation only
/// has to run `dotnet PROGRAM REQUEST.json` somewhere that sees the staging folder: a local process
/// (<see cref="LocalProcessRunner"/>), a Slurm job (<see cref="SlurmRunner"/>), a fake in the engine's tests.</summary>
internal interface IStageRunner
{
    /// <summary>What the scheduler may run at once on this executor: this machine's cores and GPUs by default.</summary>
    ExecutorCapacity Capacity => ExecutorCapacity.ThisMachine;

    StageExit Run(StageLaunch launch, CancellationToken cancellation);
}
