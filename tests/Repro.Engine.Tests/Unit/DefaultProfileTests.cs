using System.Runtime.InteropServices;
using Repro.Engine.Definition;
using Repro.Engine.Errors;
using Repro.Engine.Params;

namespace Repro.Engine.Tests.Unit;

public sealed class DefaultProfileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("repro-default-profile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Should_Choose_The_Otherwise_Profile_Without_A_Cuda_Driver_And_Say_Why()
    {
        // Given: this machine (the test says nothing on a machine with a CUDA driver)
        if (NativeLibrary.TryLoad(OperatingSystem.IsWindows() ? "nvcuda.dll" : "libcuda.so.1", out var handle))
        {
            NativeLibrary.Free(handle);
            return;
        }
        var file = Load("""{ "defaultProfile": { "cuda": "big", "otherwise": "small" }, "profiles": { "big": {}, "small": {} } }""");

        // When
        var (profile, why) = DefaultProfile.Choose(file, new PipelineDefinition([]));

        // Then
        Assert.Equal("small", profile);
        Assert.Equal(OperatingSystem.IsWindows() ? "no CUDA driver (nvcuda.dll does not load)" : "no CUDA driver (libcuda.so.1 does not load)", why);
    }

    [Fact]
    public void Should_Use_The_Declared_Profile_When_No_Cuda_Profile_Is_Declared()
    {
        var file = Load("""{ "defaultProfile": { "otherwise": "small" }, "profiles": { "big": {}, "small": {} } }""");

        Assert.Equal(("small", "params.json's defaultProfile"), DefaultProfile.Choose(file, new PipelineDefinition([])));
    }

    [Fact]
    public void Should_Ask_For_A_Profile_When_Params_Json_Declares_No_Default()
    {
        var file = Load("""{ "profiles": { "big": {}, "small": {} } }""");

        var error = Assert.Throws<ReproException>(() => DefaultProfile.Choose(file, new PipelineDefinition([])));

        Assert.Equal(ExitCode.BadInput, error.ExitCode);
        Assert.Equal($"No --profile given and {file.Path} declares no \"defaultProfile\". Give --profile (one of: big, small) or add " +
                     "\"defaultProfile\": { \"cuda\": PROFILE, \"otherwise\": PROFILE } to params.json.", error.Message);
    }

    [Fact]
    public void Should_Report_A_Default_Profile_That_Does_Not_Exist()
    {
        var file = Load("""{ "defaultProfile": { "cuda": "gpu", "otherwise": "small" }, "profiles": { "small": {} } }""");

        Assert.Equal(["defaultProfile.cuda: \"gpu\" is not a profile; profiles are small"], file.StructureProblems);
    }

    private ParamsFile Load(string json)
    {
        var path = Path.Combine(_folder, "params.json");
        File.WriteAllText(path, json);
        return ParamsFile.Load(path);
    }
}
