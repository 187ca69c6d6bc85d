using System.Diagnostics;

namespace Repro.Cli.Rendering;

/// <summary>Progress on stderr: an updating line on a terminal, a plain line every 2 s when redirected.</summary>
internal sealed class LineProgress : IEngineProgress
{
    private readonly string _label;
    private readonly long _total;
    private readonly bool _interactive;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _done;
    private long _shownAt;

    public LineProgress(string label, long total, bool interactive)
    {
        _label = label;
        _total = total;
        _interactive = interactive;
    }

    public void Advance(long units)
    {
        _done += units;
        var every = _interactive ? 100 : 2000;
        if (_clock.ElapsedMilliseconds - _shownAt < every) return;
        _shownAt = _clock.ElapsedMilliseconds;
        var text = $"{_label}: {_done}/{_total} ({100 * _done / Math.Max(1, _total)}%)";
        if (_interactive) Console.Error.Write("\r" + text);
        else Console.Error.WriteLine(text);
    }

    public void Dispose()
    {
        if (_interactive && _shownAt > 0) Console.Error.Write("\r" + new string(' ', _label.Length + 30) + "\r");
    }
}
