namespace Repro.Engine.Definition;

/// <summary>How many instances a stage has: one per experiment, or one over all experiments.</summary>
internal enum StageForeach
{
    Experiment,
    Once,
}
