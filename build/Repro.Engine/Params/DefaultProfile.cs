using System.Runtime.InteropServices;

namespace Repro.Engine.Params;

/// <summary>Chooses the profile when none is given, as params.json's `defaultProfile` declares: its "cuda"
/// profile when CUDA can really be used (a CUDA driver loads AND a stage declaring `cudaBuild` was built for
/// CUDA), else its "otherwise" profile.</summary>
internal static class DefaultProfile
{
    public static (string Profile, string Why) Choose(ParamsFile file, PipelineDefinition pipeline)
    {
        var rule = file.DefaultProfile ?? throw ParamErrors.NoDefaultProfile(file.Path, file.Profiles.Keys);
        if (rule.Cuda is null) return (rule.Otherwise, "params.json's defaultProfile");
        var driver = OperatingSystem.IsWindows() ? "nvcuda.dll" : "libcuda.so.1";
        if (!NativeLibrary.TryLoad(driver, out var handle))
            return (rule.Otherwise, $"no CUDA driver ({driver} does not load)");
        NativeLibrary.Free(handle);
        var probed = pipeline.Stages.Where(s => s.CudaBuild is not null).ToList();
        var cuda = probed.FirstOrDefault(s => Path.GetDirectoryName(s.ProgramPath) is { } folder && Directory.Exists(folder) &&
            Directory.EnumerateFiles(folder, s.CudaBuild!, SearchOption.AllDirectories).Any());
        if (cuda is not null) return (rule.Cuda, $"CUDA driver and a CUDA build of stage {cuda.Name}");
        return probed.Count == 0
            ? (rule.Otherwise, "a CUDA driver loads but no stage declares a cudaBuild to check")
            : (rule.Otherwise, $"a CUDA driver loads but stage {probed[0].Name} was built without CUDA (no \"{probed[0].CudaBuild}\" in its build; see its README)");
    }
}
