namespace Repro.Sample.Inputs;

/// <summary>One snapshot of a training run: the fixed-latent grid batch and the evaluation batch.</summary>
internal sealed record Snapshot(int Epoch, string GridPath, string EvalPath);
