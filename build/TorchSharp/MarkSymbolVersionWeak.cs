// Compiled by MSBuild's RoslynCodeTaskFactory from TorchSharp.targets (not part of any project).
using System;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

/// <summary>Marks one symbol-version requirement of an ELF64 shared library weak (VER_FLG_WEAK on its
/// Vernaux entry in .gnu.version_r) when the system libstdc++ does not define that version. A weak version
/// requirement that cannot be met is ignored by ld.so instead of failing the load.</summary>
public sealed class ReproMarkSymbolVersionWeak : Task
{
    private const uint ShtGnuVerneed = 0x6ffffffe;
    private const ushort VerFlgWeak = 0x2;

    private static readonly string[] LibStdCxxCandidates =
    {
        "/usr/lib/x86_64-linux-gnu/libstdc++.so.6", "/lib/x86_64-linux-gnu/libstdc++.so.6",
        "/usr/lib/aarch64-linux-gnu/libstdc++.so.6", "/usr/lib64/libstdc++.so.6", "/lib64/libstdc++.so.6",
        "/usr/lib/libstdc++.so.6",
    };

    [Required] public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();
    [Required] public string Version { get; set; } = "";

    public override bool Execute()
    {
        var libstdcxx = Array.Find(LibStdCxxCandidates, File.Exists);
        if (libstdcxx is null)
        {
            Log.LogMessage(MessageImportance.Normal, $"Repro: no system libstdc++.so.6 found; {Version} left as is.");
            return true;
        }
        if (Contains(File.ReadAllBytes(libstdcxx), Encoding.ASCII.GetBytes(Version + "\0")))
        {
            Log.LogMessage(MessageImportance.Low, $"Repro: {libstdcxx} defines {Version}; no patch needed.");
            return true;
        }
        foreach (var item in Files)
        {
            try { Patch(item.ItemSpec, libstdcxx); }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                Log.LogError($"Repro: cannot mark {Version} weak in '{item.ItemSpec}': {e.Message}. TorchSharp will not load on this system; see build/TorchSharp/README.md.");
            }
        }
        return !Log.HasLoggedErrors;
    }

    private void Patch(string path, string libstdcxx)
    {
        var bytes = File.ReadAllBytes(path);
        var flagsOffset = FindVernauxFlags(bytes, Version);
        if (flagsOffset < 0)
        {
            Log.LogMessage(MessageImportance.Normal, $"Repro: '{path}' does not require {Version}; nothing to patch.");
            return;
        }
        var flags = BitConverter.ToUInt16(bytes, flagsOffset);
        if ((flags & VerFlgWeak) != 0)
        {
            Log.LogMessage(MessageImportance.Low, $"Repro: '{path}' already has {Version} weak.");
            return;
        }
        var stamp = File.GetLastWriteTimeUtc(path);
        BitConverter.GetBytes((ushort)(flags | VerFlgWeak)).CopyTo(bytes, flagsOffset);
        // Write a new file and rename it over the old one: a hard link into the NuGet cache (if the copy
        // ever used one) is broken instead of patched through.
        var temp = path + ".repro-tmp";
        File.WriteAllBytes(temp, bytes);
        File.Delete(path);
        File.Move(temp, path);
        // Keep the package's timestamp so MSBuild's incremental copy sees the same size and time and leaves
        // the patched file alone on the next build instead of recopying and repatching it.
        File.SetLastWriteTimeUtc(path, stamp);
        Log.LogMessage(MessageImportance.High,
            $"Repro: marked {Version} weak in '{path}' ({libstdcxx} lacks it; TorchSharp loads with the older libstdc++).");
    }

    /// <summary>File offset of vna_flags of the Vernaux entry naming <paramref name="version"/>, or -1.</summary>
    private static int FindVernauxFlags(byte[] elf, string version)
    {
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F')
            throw new InvalidDataException("not an ELF file");
        if (elf[4] != 2 || elf[5] != 1)
            throw new InvalidDataException("not a little-endian ELF64 file");
        var shoff = checked((int)BitConverter.ToUInt64(elf, 0x28));
        int shentsize = BitConverter.ToUInt16(elf, 0x3A), shnum = BitConverter.ToUInt16(elf, 0x3C);
        for (var i = 0; i < shnum; i++)
        {
            var sh = shoff + i * shentsize;
            if (BitConverter.ToUInt32(elf, sh + 4) != ShtGnuVerneed) continue;
            var offset = checked((int)BitConverter.ToUInt64(elf, sh + 0x18));
            var strtab = shoff + (int)BitConverter.ToUInt32(elf, sh + 0x28) * shentsize;
            var strOffset = checked((int)BitConverter.ToUInt64(elf, strtab + 0x18));
            var needCount = BitConverter.ToUInt32(elf, sh + 0x2C);
            return WalkVerneed(elf, offset, needCount, strOffset, version);
        }
        return -1;
    }

    private static int WalkVerneed(byte[] elf, int need, uint needCount, int strOffset, string version)
    {
        for (var n = 0; n < needCount; n++)
        {
            int auxCount = BitConverter.ToUInt16(elf, need + 2);
            var aux = need + (int)BitConverter.ToUInt32(elf, need + 8);
            for (var a = 0; a < auxCount; a++)
            {
                if (ReadCString(elf, strOffset + (int)BitConverter.ToUInt32(elf, aux + 8)) == version)
                    return aux + 4;
                aux += (int)BitConverter.ToUInt32(elf, aux + 12);
            }
            var next = BitConverter.ToUInt32(elf, need + 12);
            if (next == 0) break;
            need += (int)next;
        }
        return -1;
    }

    private static string ReadCString(byte[] bytes, int start)
    {
        var end = Array.IndexOf(bytes, (byte)0, start);
        if (end < 0) throw new InvalidDataException("unterminated string in the version string table");
        return Encoding.ASCII.GetString(bytes, start, end - start);
    }

    // A plain loop: inline tasks compile against netstandard, which has no span search.
    private static bool Contains(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i <= haystack.Length - needle.Length; i++)
        {
            var j = 0;
            while (j < needle.Length && haystack[i + j] == needle[j]) j++;
            if (j == needle.Length) return true;
        }
        return false;
    }
}
