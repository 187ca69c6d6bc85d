using Repro.Engine.Definition;
using Repro.Engine.Errors;
using Repro.Engine.Params;
using static Repro.Engine.Tests.Support.Stages;

namespace Repro.Engine.Tests.Unit;

public sealed class ParamResolverTests : IDisposable
{
    private readonly string _file = Path.Combine(Directory.CreateTempSubdirectory("repro-params-").FullName, "params.json");

    private static readonly PipelineDefinition Pipeline = new([
        Stage("train", parameters: ["train.*"], schema: [Int("train.latentDim", "train", 1, 512), Number("train.lr", "train"), Text("train.device", "train", "cpu", "cuda")]),
        Stage("sample", parameters: ["sample.columns"], schema: [Int("sample.columns", "sample")]),
    ]);

    [Fact]
    public void Should_Layer_Defaults_Experiment_Profile_Profile_Experiment_And_Sets_In_Order()
    {
        // Given
        File.WriteAllText(_file, """
            { "defaults": { "train": { "latentDim": 1, "lr": 1, "device": "cpu" }, "sample": { "columns": 1 } },
              "experiments": { "a": { "description": "free text", "train": { "latentDim": 2, "lr": 2 } }, "b": {} },
              "profiles": { "p": { "description": "x", "train": { "latentDim": 3 }, "sample": { "columns": 3 },
                                   "experiments": { "a": { "train": { "latentDim": 4 } } } } } }
            """);

        // When
        var resolved = ParamResolver.Resolve(ParamsFile.Load(_file), Pipeline, "p", ["sample.columns=5", "b.train.lr=0.5"]);

        // Then
        Assert.Equal(4, (long)resolved.For("a")["train.latentDim"]);
        Assert.Equal(3, (long)resolved.For("b")["train.latentDim"]);
        Assert.Equal(2.0, (double)resolved.For("a")["train.lr"]);
        Assert.Equal(0.5, (double)resolved.For("b")["train.lr"]);
        Assert.Equal(5, (long)resolved.For("a")["sample.columns"]);
        Assert.Equal(5, (long)resolved.For(null)["sample.columns"]);
        Assert.Equal(1.0, (double)resolved.For(null)["train.lr"]);
    }

    [Fact]
    public void Should_Normalise_Numbers_So_One_And_One_Point_Zero_Are_The_Same_Value()
    {
        // Given
        File.WriteAllText(_file, """{ "defaults": { "train": { "latentDim": 2.0, "lr": 1, "device": "cpu" }, "sample": { "columns": 1 } }, "profiles": { "p": {} } }""");

        // When
        var resolved = ParamResolver.Resolve(ParamsFile.Load(_file), Pipeline, "p", []);

        // Then
        Assert.Equal("2", resolved.For(null)["train.latentDim"].ToString());
        Assert.Equal("1.0", resolved.For(null)["train.lr"].ToString(Newtonsoft.Json.Formatting.None));
    }

    [Fact]
    public void Should_Declare_Only_The_Keys_A_Stage_Lists()
    {
        // Given
        File.WriteAllText(_file, """{ "defaults": { "train": { "latentDim": 2, "lr": 1, "device": "cpu" }, "sample": { "columns": 1 } }, "profiles": { "p": {} } }""");
        var resolved = ParamResolver.Resolve(ParamsFile.Load(_file), Pipeline, "p", []);

        // When
        var declared = resolved.Declared(Pipeline.Find("sample")!, null);

        // Then
        Assert.Equal(["sample.columns"], declared.Keys);
    }

    [Fact]
    public void Should_Reject_A_Schema_Key_Without_A_Default_And_An_Unknown_Profile_Experiment()
    {
        // Given
        File.WriteAllText(_file, """{ "defaults": { "train": { "latentDim": 2, "lr": 1, "device": "cpu" } }, "experiments": {}, "profiles": { "p": { "experiments": { "zz": {} } } } }""");

        // When
        var error = Assert.Throws<ReproException>(() => ParamResolver.Resolve(ParamsFile.Load(_file), Pipeline, "p", []));

        // Then
        Assert.Equal(2, error.ExitCode);
        Assert.Equal("params.json has 2 problem(s); nothing was run:\n" +
            "  - profiles.p.experiments.zz: no experiment \"zz\"; experiments are (none defined)\n" +
            "  - defaults: param \"sample.columns\" (owned by stage sample) has no default; add it under \"defaults\"", error.Message);
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);
}
