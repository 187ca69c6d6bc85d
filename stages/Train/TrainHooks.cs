namespace Repro.Train;

/// <summary>Test seam: called after each completed iteration (and its snapshot/checkpoint, if any).</summary>
internal sealed record TrainHooks(Action<int>? AfterIteration)
{
    public static TrainHooks None { get; } = new((Action<int>?)null);
}
