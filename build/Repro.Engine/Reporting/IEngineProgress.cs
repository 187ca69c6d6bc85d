namespace Repro.Engine.Reporting;

/// <summary>One progress bar (or, when not interactive, nothing but occasional plain lines).</summary>
public interface IEngineProgress : IDisposable
{
    void Advance(long units);
}
