using System.IO.Hashing;

namespace Repro.Engine.Hashing;

/// <summary><see cref="ContentHash"/> (XxHash128) of file contents through one reused buffer (a buffer per file was 5x slower on many
/// small files). Not thread-safe: one per run. Hashes are 32 lower-case hex digits.</summary>
internal sealed class ContentHasher
{
    public const string Algorithm = ContentHash.Algorithm;
    private readonly byte[] _buffer = new byte[1 << 20];
    private readonly XxHash128 _hash = new();

    /// <summary>Hashes a file, reporting bytes read to <paramref name="progress"/>.</summary>
    public string HashFile(string path, Action<long>? progress = null)
    {
        _hash.Reset();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        int read;
        while ((read = stream.Read(_buffer, 0, _buffer.Length)) > 0)
        {
            _hash.Append(_buffer.AsSpan(0, read));
            progress?.Invoke(read);
        }
        return Hex(_hash.GetCurrentHash());
    }

    /// <summary>Copies <paramref name="source"/> to <paramref name="target"/> and returns the hash of the
    /// bytes copied, so a restore checks each cache object in the same pass that reads it.</summary>
    public string CopyAndHash(string source, string target)
    {
        _hash.Reset();
        using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1);
        int read;
        while ((read = input.Read(_buffer, 0, _buffer.Length)) > 0)
        {
            _hash.Append(_buffer.AsSpan(0, read));
            output.Write(_buffer, 0, read);
        }
        return Hex(_hash.GetCurrentHash());
    }

    public static string HashBytes(ReadOnlySpan<byte> bytes) => ContentHash.Of(bytes);

    public static string HashText(string text) => ContentHash.OfText(text);

    private static string Hex(byte[] bytes) => ContentHash.Hex(bytes);
}
