using System.Text;

namespace Repro.Engine.Slurm;

/// <summary>Echoes the lines a job appends to one of its log files as they arrive (the stage's progress on
/// the submitting terminal), keeping the last few for a failure message.</summary>
internal sealed class LogFollower(string file, TextWriter echo, int keep)
{
    private readonly Queue<string> _tail = new();
    private readonly StringBuilder _partial = new();
    private readonly Decoder _utf8 = Encoding.UTF8.GetDecoder();   // a read may end inside a character
    private long _read;

    public IReadOnlyList<string> Tail => _tail.ToList();

    /// <summary>Reads what was appended since the last call; <paramref name="final"/> also flushes a last line
    /// without its newline.</summary>
    public void Poll(bool final = false)
    {
        if (File.Exists(file))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length > _read)
            {
                stream.Seek(_read, SeekOrigin.Begin);
                var bytes = new byte[stream.Length - _read];
                stream.ReadExactly(bytes);
                _read += bytes.Length;
                var chars = new char[_utf8.GetCharCount(bytes, flush: false)];
                _utf8.GetChars(bytes, chars, flush: false);
                _partial.Append(chars);
            }
        }
        var text = _partial.ToString();
        var lines = text.Split('\n');
        _partial.Clear().Append(final ? "" : lines[^1]);
        foreach (var line in final ? lines : lines[..^1])
        {
            if (final && line.Length == 0) continue;
            echo.WriteLine(line.TrimEnd('\r'));
            _tail.Enqueue(line.TrimEnd('\r'));
            if (_tail.Count > keep) _tail.Dequeue();
        }
    }
}
