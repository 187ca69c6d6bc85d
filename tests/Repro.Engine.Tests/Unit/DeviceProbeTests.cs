using System.Runtime.InteropServices;
using Repro.Engine.Definition;
using Repro.Engine.Execution;

namespace Repro.Engine.Tests.Unit;

public sealed class DeviceProbeTests
{
    [Fact]
    public void Should_Default_To_Quick_Without_A_Cuda_Driver_And_Say_Why()
    {
        // Given: this machine (the test says nothing on a machine with a CUDA driver)
        if (NativeLibrary.TryLoad(OperatingSystem.IsWindows() ? "nvcuda.dll" : "libcuda.so.1", out var handle))
        {
            NativeLibrary.Free(handle);
            return;
        }

        // When
        var (profile, why) = DeviceProbe.DefaultProfile(new PipelineDefinition([]));

        // Then
        Assert.Equal("quick", profile);
        Assert.Equal(OperatingSystem.IsWindows() ? "no CUDA driver (nvcuda.dll does not load)" : "no CUDA driver (libcuda.so.1 does not load)", why);
    }
}
