using System.Buffers.Binary;
using System.IO.Hashing;

namespace Repro.Preprocess.Validation;

/// <summary>Walks a PNG's chunks and checks each CRC up to IEND. ImageSharp 2.x decodes a PNG truncated
/// in its pixel data WITHOUT an error (the missing rows come out blank), so this check is what catches
/// half-copied or half-downloaded files.</summary>
internal static class PngIntegrity
{
    private const int SignatureLength = 8;

    public static void Check(ReadOnlySpan<byte> file)
    {
        var offset = SignatureLength;
        while (true)
        {
            if (offset + 8 > file.Length)
                throw new InvalidSourceException($"truncated PNG: the file ends after {file.Length} bytes without an IEND chunk (the file was cut short; copy it again)");
            var length = BinaryPrimitives.ReadUInt32BigEndian(file[offset..]);
            var type = file.Slice(offset + 4, 4);
            var name = ChunkName(type);
            if (length > int.MaxValue || offset + 12 + (long)length > file.Length)
                throw new InvalidSourceException($"truncated PNG: chunk {name} at byte {offset} needs {length} bytes but the file ends at {file.Length} (the file was cut short; copy it again)");
            var crcStored = BinaryPrimitives.ReadUInt32BigEndian(file[(offset + 8 + (int)length)..]);
            if (Crc32.HashToUInt32(file.Slice(offset + 4, 4 + (int)length)) != crcStored)
                throw new InvalidSourceException($"corrupt PNG: chunk {name} at byte {offset} fails its CRC check (the file is damaged; copy or export it again)");
            if (type.SequenceEqual("IEND"u8)) return;
            offset += 12 + (int)length;
        }
    }

    private static string ChunkName(ReadOnlySpan<byte> type)
    {
        foreach (var b in type)
            if (!char.IsAsciiLetter((char)b)) return "(unreadable)";
        return System.Text.Encoding.ASCII.GetString(type);
    }
}
