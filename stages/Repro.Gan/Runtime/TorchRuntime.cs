using System.Reflection;
using System.Text.RegularExpressions;
using Repro.Contract;

namespace Repro.Gan.Runtime;

/// <summary>Loading TorchSharp's native library, the device, the thread count and the library versions.</summary>
internal static partial class TorchRuntime
{
    /// <summary>Touches the native library so a load failure surfaces here, with a message naming the cause,
    /// instead of as a TypeInitializationException deep inside the first model.</summary>
    public static void EnsureLoaded()
    {
        try
        {
            _ = get_num_threads();
        }
        catch (Exception e) when (e is TypeInitializationException or DllNotFoundException or NotSupportedException)
        {
            throw LoadFailure(e);
        }
    }

    public static StageInputException LoadFailure(Exception e)
    {
        var detail = string.Join(" <- ", Chain(e).Select(x => x.Message));
        var version = MissingVersion().Match(detail);
        var cause = version.Success
            ? $"the system C++ library lacks {version.Groups[1].Value}, which libLibTorchSharp.so asks for. " +
              "Rebuild (dotnet build) so build/TorchSharp/TorchSharp.targets marks that requirement weak in the " +
              "output copy, or install a newer libstdc++ (GCC 13 or later)"
            : "reinstall the TorchSharp and libtorch packages (dotnet restore) and rebuild";
        return new StageInputException($"TorchSharp could not load its native library: {cause}. Details: {detail}");
    }

    /// <summary>"auto" picks CUDA when available; "cuda" without CUDA is an error naming what to install.</summary>
    public static Device ResolveDevice(string requested) => requested switch
    {
        "cpu" => CPU,
        "cuda" when cuda.is_available() => CUDA,
        "cuda" => throw new StageInputException(
            "train.device is \"cuda\" but CUDA is not available: build with -p:TorchBackend=cuda-linux (or " +
            "cuda-windows) on a machine with an NVIDIA GPU and driver, or set train.device to \"auto\" or \"cpu\"."),
        _ => cuda.is_available() ? CUDA : CPU,
    };

    /// <summary>Sets the intra-op thread count (0 = every core) and returns the count in force. Results are
    /// bitwise repeatable only for the same count, so it is recorded as provenance.</summary>
    public static int ConfigureThreads(int requested)
    {
        set_num_threads(requested > 0 ? requested : Environment.ProcessorCount);
        return get_num_threads();
    }

    public static string TorchSharpVersion =>
        typeof(torch).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(torch).Assembly.GetName().Version?.ToString() ?? "unknown";

    public static string LibTorchVersion => __version__;

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException) yield return x;
    }

    [GeneratedRegex(@"version `?'?(GLIBC(?:XX)?_[0-9.]+)'? not found")]
    private static partial Regex MissingVersion();
}
