using System.IO.Hashing;
using System.Text;

namespace Repro.Contract;

/// <summary>The one content hash of the engine and the stages: XxHash128 (~11 GB/s here, so hashing is never
/// the bottleneck; it identifies content, it is not a defence against a forger). 32 lower-case hex digits.</summary>
public static class ContentHash
{
    /// <summary>The algorithm's name as the lock and the manifests record it.</summary>
    public const string Algorithm = "xxh128";

    public static string Of(ReadOnlySpan<byte> bytes) => Hex(XxHash128.Hash(bytes));

    public static string OfText(string text) => Of(Encoding.UTF8.GetBytes(text));

    public static string OfFile(string path)
    {
        var hash = new XxHash128();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        hash.Append(stream);
        return Hex(hash.GetCurrentHash());
    }

    public static string Hex(byte[] digest) => Convert.ToHexStringLower(digest);
}
