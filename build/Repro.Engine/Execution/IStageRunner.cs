namespace Repro.Engine.Execution;

/// <summary>The executor seam: runs one stage program on one request and reports how it ended. The engine
/// owns everything around it (keys, staging, checking outs, promotion, the lock), so an implementation only
/// has to run `dotnet PROGRAM REQUEST.json` somewhere that sees the staging folder: a local process today, a
/// fake in the engine's tests.</summary>
internal interface IStageRunner
{
    StageExit Run(StageLaunch launch, CancellationToken cancellation);
}
