namespace Repro.Progress;

/// <summary>Long work of a known size: <see cref="Done"/> of <see cref="Total"/> units and a detail text,
/// shown as the output's mode says. Live: one line redrawn at most every 250 ms and erased when disposed.
/// Plain: one line every <see cref="ProgressOutput.PlainEvery"/>. Nothing shows before the first interval,
/// so short work prints nothing. <see cref="Advance"/> may be called from any thread; the clock is read
/// without a lock and the line is drawn under one only when due.</summary>
public sealed class ProgressTask : IDisposable
{
    private static readonly TimeSpan LiveEvery = TimeSpan.FromMilliseconds(250);

    private readonly ProgressOutput _output;
    private readonly Lock _gate = new();
    private readonly long _start;
    private readonly long _every;
    private long _due;
    private long _done;
    private string? _detail;
    private int _shown;   // live: characters of the line now on screen
    private bool _finished;

    /// <param name="done">Units already done before this run (a resumed training run).</param>
    public ProgressTask(ProgressOutput output, string label, long total, string unit = "", long done = 0)
    {
        _output = output;
        Label = label;
        Total = total;
        Unit = unit;
        _done = done;
        _start = output.Clock.GetTimestamp();
        var every = output.Mode == ProgressMode.Live ? LiveEvery : output.PlainEvery;
        _every = (long)(every.TotalSeconds * output.Clock.TimestampFrequency);
        _due = _start + _every;
    }

    public string Label { get; }
    public long Total { get; }
    public string Unit { get; }
    public long Done => Interlocked.Read(ref _done);
    public string? Detail => Volatile.Read(ref _detail);

    /// <summary>Time since the task started: rates over it count only this run's units.</summary>
    public TimeSpan Elapsed => _output.Clock.GetElapsedTime(_start);

    public void Advance(long units = 1)
    {
        Interlocked.Add(ref _done, units);
        DrawIfDue();
    }

    public void Report(long done, string? detail = null)
    {
        Interlocked.Exchange(ref _done, done);
        Volatile.Write(ref _detail, detail);
        DrawIfDue();
    }

    /// <summary>A line of its own (a warning, an estimate) above the live line, or between the plain ones.</summary>
    public void WriteLine(string text)
    {
        lock (_gate)
        {
            var shown = _shown > 0;
            Erase();
            _output.Writer.WriteLine(text);
            if (shown) DrawLive();
            _output.Writer.Flush();
        }
    }

    /// <summary>Leaves the final state as a line of its own in either mode (where the end result matters, as
    /// training's last losses); later updates are ignored.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            if (_finished) return;
            _finished = true;
            Erase();
            _output.Writer.WriteLine(Plain());
            _output.Writer.Flush();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            Erase();
            _finished = true;
            _output.Writer.Flush();
        }
    }

    private void DrawIfDue()
    {
        var now = _output.Clock.GetTimestamp();
        if (now < Volatile.Read(ref _due)) return;
        lock (_gate)
        {
            if (_finished || now < _due) return;
            _due = now + _every;
            if (_output.Mode == ProgressMode.Live) DrawLive();
            else _output.Writer.WriteLine(Plain());
            _output.Writer.Flush();
        }
    }

    private void DrawLive()
    {
        var line = ProgressLine.Live(Label, Done, Total, Unit, Detail, _output.Width);
        _output.Writer.Write("\r" + line.PadRight(_shown));
        _shown = line.Length;
    }

    private void Erase()
    {
        if (_shown == 0) return;
        _output.Writer.Write("\r" + new string(' ', _shown) + "\r");
        _shown = 0;
    }

    private string Plain() => ProgressLine.Plain(Label, Done, Total, Unit, Detail);
}
