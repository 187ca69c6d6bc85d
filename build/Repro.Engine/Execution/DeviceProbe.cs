using System.Runtime.InteropServices;

namespace Repro.Engine.Execution;

/// <summary>Chooses the default profile: `seed` when CUDA can really be used (a CUDA driver loads AND the
/// train stage was built against a CUDA LibTorch), else `quick`.</summary>
internal static class DeviceProbe
{
    public static (string Profile, string Why) DefaultProfile(PipelineDefinition pipeline)
    {
        var driver = OperatingSystem.IsWindows() ? "nvcuda.dll" : "libcuda.so.1";
        if (!NativeLibrary.TryLoad(driver, out var handle))
            return ("quick", $"no CUDA driver ({driver} does not load)");
        NativeLibrary.Free(handle);
        var train = pipeline.Find("train");
        var folder = train is null ? null : Path.GetDirectoryName(train.ProgramPath);
        var cudaTorch = folder is not null && Directory.Exists(folder) &&
            Directory.EnumerateFiles(folder, "*torch_cuda*", SearchOption.AllDirectories).Any();
        return cudaTorch
            ? ("seed", "CUDA driver and a CUDA LibTorch in the train stage's build")
            : ("quick", "a CUDA driver loads but the train stage was built with the CPU LibTorch (build with -p:TorchBackend=cuda-linux)");
    }
}
