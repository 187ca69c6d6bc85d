using Repro.Gan.Training;

namespace Repro.Train.Progress;

/// <summary>Where training progress goes: a live panel on a terminal, timed plain lines otherwise.</summary>
internal interface IProgressView
{
    void Update(IterationMetrics metrics);
}
