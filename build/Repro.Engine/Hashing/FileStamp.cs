using System.Runtime.InteropServices;

namespace Repro.Engine.Hashing;

/// <summary>What the stat cache trusts: size, mtime (100 ns ticks) and, on Linux, the inode (a file replaced
/// by rename gets a new inode even if size and mtime match).</summary>
internal readonly record struct FileStamp(long Size, long MtimeTicks, ulong Inode)
{
    private static bool s_noStat = !OperatingSystem.IsLinux();

    public static FileStamp Of(FileInfo file) => new(file.Length, file.LastWriteTimeUtc.Ticks, InodeOf(file.FullName));

    private static ulong InodeOf(string path)
    {
        if (s_noStat) return 0;
        try
        {
            // struct stat begins with st_dev then st_ino (8 bytes each) on x86_64 and on the generic (arm64) ABI.
            Span<byte> buffer = stackalloc byte[256];
            return Stat(path, ref MemoryMarshal.GetReference(buffer)) == 0 ? BitConverter.ToUInt64(buffer[8..16]) : 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            s_noStat = true; // glibc older than 2.33 exports no plain stat(): fall back to size + mtime
            return 0;
        }
    }

    [DllImport("libc", EntryPoint = "stat", SetLastError = false)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, ref byte buffer);
}
