using Repro.Gan.Runtime;

namespace Repro.Gan.Tests.Runtime;

public class TorchLoadTests
{
    [Fact]
    public void Should_Load_TorchSharp_And_Compute()
    {
        TorchRuntime.EnsureLoaded();

        Assert.Equal(2f, ones(2).sum().item<float>());
        Assert.StartsWith("2.10", TorchRuntime.LibTorchVersion);
        Assert.Equal("0.107.0", TorchRuntime.TorchSharpVersion);
    }

    [Fact]
    public void Should_Name_The_Missing_Symbol_Version_When_The_Native_Library_Cannot_Load()
    {
        var failure = new TypeInitializationException("TorchSharp.torch", new DllNotFoundException(
            "Unable to load shared library 'LibTorchSharp': /usr/lib/x86_64-linux-gnu/libstdc++.so.6: version `GLIBCXX_3.4.32' not found"));

        var error = TorchRuntime.LoadFailure(failure);

        Assert.StartsWith("TorchSharp could not load its native library: the system C++ library lacks GLIBCXX_3.4.32, " +
                          "which libLibTorchSharp.so asks for. Rebuild (dotnet build) so build/TorchSharp/TorchSharp.targets", error.Message);
    }

    [Fact]
    public void Should_Have_Marked_The_GLIBCXX_Requirement_Weak_In_The_Test_Output_Copy_Only()
    {
        var native = Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
        if (!OperatingSystem.IsLinux() || !File.Exists(native)) return;
        var libstdcxx = File.ReadAllBytes("/usr/lib/x86_64-linux-gnu/libstdc++.so.6");
        if (libstdcxx.AsSpan().IndexOf("GLIBCXX_3.4.32\0"u8) >= 0) return;   // nothing to patch on this system

        var cache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
            ".nuget", "packages", "torchsharp", "0.107.0", "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
        if (!File.Exists(cache)) return;
        var (patched, original) = (File.ReadAllBytes(native), File.ReadAllBytes(cache));
        Assert.Equal(original.Length, patched.Length);
        var differing = Enumerable.Range(0, patched.Length).Count(i => patched[i] != original[i]);
        Assert.Equal(1, differing);   // one flag byte: VER_FLG_WEAK on the GLIBCXX_3.4.32 Vernaux entry
    }
}
