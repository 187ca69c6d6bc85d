namespace Repro.Progress;

/// <summary>How progress shows: decided once per output by <see cref="ProgressOutput.ModeFor"/>.</summary>
public enum ProgressMode
{
    /// <summary>A terminal: one line redrawn in place, a few times a second.</summary>
    Live,

    /// <summary>A log, a pipe or CI: a plain, unwrapped line every interval, so logs stay readable and small.</summary>
    Plain,
}
