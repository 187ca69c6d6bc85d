using System.Runtime.InteropServices;

namespace Repro.Gan.Runtime;

/// <summary>Environment variables as the native libraries see them. .NET's Environment.SetEnvironmentVariable
/// changes only the runtime's own copy on Unix, and MKL and ATen read the C library's (getenv), so this goes
/// through libc's setenv (Unix) or the universal CRT's _wputenv_s (Windows), which LibTorch's CRT shares.</summary>
internal static partial class NativeEnvironment
{
    /// <summary>Sets (or, with null, removes) a variable for this process and the libraries it loads.</summary>
    public static void Set(string name, string? value)
    {
        var rc = OperatingSystem.IsWindows()
            ? PutEnvWindows(name, value ?? "")
            : value is null ? UnsetEnvUnix(name) : SetEnvUnix(name, value, 1);
        if (rc != 0) throw new InvalidOperationException($"could not set the environment variable {name} (error {rc})");
        Environment.SetEnvironmentVariable(name, value);   // keep .NET's view and child processes in step
    }

    public static string? Get(string name)
    {
        if (OperatingSystem.IsWindows()) return Environment.GetEnvironmentVariable(name);
        var value = GetEnvUnix(name);
        return value == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(value);
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnvUnix(string name, string value, int overwrite);

    [LibraryImport("libc", EntryPoint = "unsetenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int UnsetEnvUnix(string name);

    [LibraryImport("libc", EntryPoint = "getenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr GetEnvUnix(string name);

    [LibraryImport("ucrtbase", EntryPoint = "_wputenv_s", StringMarshalling = StringMarshalling.Utf16)]
    private static partial int PutEnvWindows(string name, string value);
}
