using System.Runtime.InteropServices;
using System.Text;
using Repro.Contract;

namespace Repro.Gan.Runtime;

/// <summary>The two LibTorch settings TorchSharp does not expose, called through libtorch_cpu's exported C++
/// symbols: at::Context's oneDNN switch (torch.backends.mkldnn.enabled in Python) and at::get_cpu_capability
/// (the ISA level ATen's kernels dispatch to). Symbols are the Itanium-ABI names (Linux builds, GCC);
/// Windows builds use MSVC's names for the switch. Where a symbol is missing, the getters say null (unknown)
/// and the switch throws: portable numerics must never silently run with oneDNN on.</summary>
internal static unsafe class AtenContext
{
    private static readonly Lazy<IntPtr> Library = new(LoadTorchCpu);

    public static void SetOneDnnEnabled(bool enabled)
    {
        var context = GlobalContext() ?? throw Missing("at::globalContext");
        var set = Export("_ZN2at7Context20setUserEnabledMkldnnEb", "?setUserEnabledMkldnn@Context@at@@QEAAX_N@Z")
                  ?? throw Missing("at::Context::setUserEnabledMkldnn");
        ((delegate* unmanaged<IntPtr, byte, void>)set)(context, enabled ? (byte)1 : (byte)0);
        if (OneDnnEnabled() != enabled) throw new InvalidOperationException($"LibTorch did not switch oneDNN {(enabled ? "on" : "off")}");
    }

    /// <summary>at::Context's NNPACK switch (torch.backends.nnpack.enabled): NNPACK's convolutions block their
    /// loops by the cache sizes cpuinfo reads from the CPU, so their sums follow the CPU model.</summary>
    public static void SetNnpackEnabled(bool enabled)
    {
        var context = GlobalContext() ?? throw Missing("at::globalContext");
        var set = Export("_ZN2at7Context20setUserEnabledNNPACKEb", "?setUserEnabledNNPACK@Context@at@@QEAAX_N@Z")
                  ?? throw Missing("at::Context::setUserEnabledNNPACK");
        ((delegate* unmanaged<IntPtr, byte, void>)set)(context, enabled ? (byte)1 : (byte)0);
        if (NnpackEnabled() != enabled) throw new InvalidOperationException($"LibTorch did not switch NNPACK {(enabled ? "on" : "off")}");
    }

    public static bool? NnpackEnabled()
    {
        var context = GlobalContext();
        var get = Export("_ZNK2at7Context17userEnabledNNPACKEv", "?userEnabledNNPACK@Context@at@@QEBA_NXZ");
        if (context is null || get is null) return null;
        return ((delegate* unmanaged<IntPtr, byte>)get.Value)(context.Value) != 0;
    }

    public static bool? OneDnnEnabled()
    {
        var context = GlobalContext();
        var get = Export("_ZNK2at7Context17userEnabledMkldnnEv", "?userEnabledMkldnn@Context@at@@QEBA_NXZ");
        if (context is null || get is null) return null;
        return ((delegate* unmanaged<IntPtr, byte>)get.Value)(context.Value) != 0;
    }

    /// <summary>"default", "avx2", "avx512", ... as ATen dispatches (it honours ATEN_CPU_CAPABILITY only
    /// downwards). Linux only: the function returns a libstdc++ std::string through a hidden result pointer
    /// (32 bytes: data pointer, length, 16-byte inline buffer; these short names always fit inline).</summary>
    public static string? CpuCapability()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64) return null;
        var get = Export("_ZN2at18get_cpu_capabilityB5cxx11Ev", null);
        if (get is null) return null;
        var result = stackalloc byte[32];
        ((delegate* unmanaged<byte*, void>)get.Value)(result);
        var data = *(byte**)result;
        var length = *(long*)(result + 8);
        if (data != result + 16 || length is < 0 or > 15) return null;   // not the inline form we expect
        return Encoding.ASCII.GetString(data, (int)length);
    }

    private static IntPtr? GlobalContext()
    {
        var get = Export("_ZN2at13globalContextEv", "?globalContext@at@@YAAEAVContext@1@XZ");
        return get is null ? null : ((delegate* unmanaged<IntPtr>)get.Value)();
    }

    private static IntPtr? Export(string itanium, string? msvc)
    {
        if (Library.Value == IntPtr.Zero) return null;
        var name = OperatingSystem.IsWindows() ? msvc : itanium;
        return name is not null && NativeLibrary.TryGetExport(Library.Value, name, out var address) ? address : null;
    }

    /// <summary>The copy TorchSharp already loaded (dlopen by soname returns it), else the one beside us.</summary>
    private static IntPtr LoadTorchCpu()
    {
        TorchRuntime.EnsureLoaded();
        var file = OperatingSystem.IsWindows() ? "torch_cpu.dll" : OperatingSystem.IsMacOS() ? "libtorch_cpu.dylib" : "libtorch_cpu.so";
        if (NativeLibrary.TryLoad(file, out var handle)) return handle;
        var rid = RuntimeInformation.RuntimeIdentifier;
        foreach (var dir in new[] { AppContext.BaseDirectory, Path.Combine(AppContext.BaseDirectory, "runtimes", rid, "native") })
            if (NativeLibrary.TryLoad(Path.Combine(dir, file), out handle)) return handle;
        return IntPtr.Zero;
    }

    private static StageInputException Missing(string symbol) =>
        new($"LibTorch does not export {symbol} on this platform, so train.numerics \"portable\" cannot switch oneDNN off; use train.numerics \"native\"");
}
