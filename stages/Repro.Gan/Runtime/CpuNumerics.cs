using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using System.Text;

namespace Repro.Gan.Runtime;

/// <summary>How LibTorch computes on the CPU (the train.numerics condition).
/// <para><b>native</b>: LibTorch as it comes (and as the environment tunes it): ATen's kernels for the widest
/// ISA the CPU has, MKL's own dispatch (vendor- and cache-dependent), oneDNN convolutions (blocking chosen
/// from the ISA and cache sizes). Fastest; bitwise repeatable only on the same CPU kind. What is in force is
/// recorded either way.</para>
/// <para><b>portable</b>: every kernel pinned to code that does not depend on the CPU it runs on, given
/// x86-64 with AVX2 and the same thread count: ATen capped at its AVX2 kernels (<c>ATEN_CPU_CAPABILITY</c>),
/// MKL in its conditional-reproducibility COMPATIBLE branch (<c>MKL_CBWR</c>: SSE2 code, fixed blocking and
/// reductions, the branch oneMKL documents for non-Intel CPUs too), and oneDNN and NNPACK switched off, so
/// convolutions run as ATen's im2col + MKL GEMM. Measured: each of the four alone changes the bits; NNPACK
/// (used for batches of 16 or more) blocks its loops by the cache sizes it reads from the CPU, and with it on,
/// two AMD EPYC machines of the same class gave different bits.</para>
/// <para>Native keeps oneDNN off where it is known to compute garbage (<see cref="OneDnnBroken"/>); training
/// stops at the first non-finite loss either way (GanTrainer.Step).</para>
/// Both environment variables are read once, by the native libraries, on first use: <see cref="Apply"/> must
/// run before the first tensor operation. It is process-wide, as the libraries' state is.</summary>
internal static class CpuNumerics
{
    public const string Portable = "portable";
    public const string Native = "native";

    private const string AtenCapability = "ATEN_CPU_CAPABILITY";
    private const string MklBranch = "MKL_CBWR";
    private const string PortableCapability = "avx2";
    private const string PortableMklBranch = "COMPATIBLE,STRICT";

    /// <summary>Pins (portable) or releases (native) the CPU kernels; returns what is in force.</summary>
    public static NumericsInForce Apply(string mode)
    {
        var portable = mode switch
        {
            Portable => true,
            Native => false,
            _ => throw new ArgumentException($"unknown numerics mode '{mode}'", nameof(mode)),
        };
        if (portable)
        {
            NativeEnvironment.Set(AtenCapability, PortableCapability);
            NativeEnvironment.Set(MklBranch, PortableMklBranch);
        }
        TorchRuntime.EnsureLoaded();
        if (portable)
        {
            AtenContext.SetOneDnnEnabled(false);
            AtenContext.SetNnpackEnabled(false);
        }
        else if (OneDnnBroken)
        {
            AtenContext.SetOneDnnEnabled(false);
        }
        return Current(mode);
    }

    /// <summary>LibTorch 2.10's oneDNN convolutions on AMD family 1Ah (Zen 5): measured on a 2-core EPYC VM, the
    /// quick profile's run2 reached NaN losses within 22 steps in most runs and not in others, at 1 thread too
    /// (so not a race; never with oneDNN off). Native numerics run without oneDNN there: about 1.4x slower on
    /// convolutions, and the same bits run to run. Family 19h (Zen 3/4) and Intel ran it without a fault.</summary>
    public static bool OneDnnBroken
    {
        get
        {
            if (!X86Base.IsSupported) return false;
            var (_, ebx, ecx, edx) = X86Base.CpuId(0, 0);
            if (Encoding.ASCII.GetString(MemoryMarshal.AsBytes<int>([ebx, edx, ecx])) != "AuthenticAMD") return false;
            var eax = X86Base.CpuId(1, 0).Eax;
            var family = ((eax >> 8) & 0xF) + ((eax >> 20) & 0xFF);   // base + extended family
            return family >= 0x1A;
        }
    }

    /// <summary>What the loaded libraries report (ATen's ISA level as it dispatches, oneDNN on or off) and the
    /// MKL branch this process asked for.</summary>
    public static NumericsInForce Current(string mode) => new(
        mode,
        AtenContext.CpuCapability()?.ToLowerInvariant() ?? "unknown",
        NativeEnvironment.Get(MklBranch) ?? "auto",
        OnOff(AtenContext.OneDnnEnabled()),
        OnOff(AtenContext.NnpackEnabled()));

    private static string OnOff(bool? enabled) => enabled switch { true => "on", false => "off", null => "unknown" };
}

/// <summary>The numerics a run actually used: recorded in the lock's provenance and in conditions.json.</summary>
internal sealed record NumericsInForce(string Mode, string AtenCapability, string MklBranch, string OneDnn, string Nnpack)
{
    /// <summary>Runs of the same class and thread count give the same bits. The OS is in it (Linux and
    /// Windows builds of LibTorch come from different compilers), and so is the CPU vendor: oneMKL documents
    /// its COMPATIBLE branch as reproducible on Intel and non-Intel CPUs alike, but until a run on each has
    /// shown it, an AMD and an Intel run are compared by metrics (verify still says "bitwise" when their bits
    /// turn out equal, which is how that evidence will show). A native class is only a label: the CPU itself
    /// decides its bits, and the engine compares its CPU facts too.</summary>
    public string Class => $"{Mode}-{Os}-{RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant()}-{AtenCapability}-{CpuVendor}";

    private static string CpuVendor
    {
        get
        {
            if (!X86Base.IsSupported) return RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
            var (_, ebx, ecx, edx) = X86Base.CpuId(0, 0);
            var vendor = Encoding.ASCII.GetString(MemoryMarshal.AsBytes<int>([ebx, edx, ecx]));
            return vendor switch { "GenuineIntel" => "intel", "AuthenticAMD" => "amd", _ => vendor.Trim().ToLowerInvariant() };
        }
    }

    private static string Os => OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : OperatingSystem.IsLinux() ? "linux" : "other";
}
