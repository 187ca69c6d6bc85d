using Repro.Engine.Definition;
using Repro.Engine.Graph;
using static Repro.Engine.Tests.Support.Stages;

namespace Repro.Engine.Tests.Unit;

public sealed class GraphTests
{
    [Fact]
    public void Should_Find_Every_Cycle_By_Name()
    {
        // Given: a <-> b, c -> d -> e -> c, and f depending on itself
        var stages = new[]
        {
            Stage("a", deps: On("b")), Stage("b", deps: On("a")),
            Stage("c", deps: On("e")), Stage("d", deps: On("c")), Stage("e", deps: On("d")),
            Stage("f", deps: On("f")), Stage("g", deps: On("a")),
        };

        // When
        var cycles = StageCycles.Find(stages);

        // Then
        Assert.Equal([
            "cycle: a -> b -> a (each stage feeds the next); remove one of these deps",
            "cycle: c -> d -> e -> c (each stage feeds the next); remove one of these deps",
            "cycle: f -> f (each stage feeds the next); remove one of these deps",
        ], cycles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_Expand_Instances_Per_Experiment_And_Connect_A_Once_Stage_To_Every_Experiment()
    {
        // Given
        var pipeline = new PipelineDefinition([
            Stage("report", StageForeach.Once, deps: On("train", all: true)),
            Stage("train"),
        ]);
        var resolved = new Params.ResolvedParams("p", ["r1", "r2"], new Dictionary<string, IReadOnlyDictionary<string, Newtonsoft.Json.Linq.JToken>>
        {
            ["r1"] = new Dictionary<string, Newtonsoft.Json.Linq.JToken>(),
            ["r2"] = new Dictionary<string, Newtonsoft.Json.Linq.JToken>(),
        }, new Dictionary<string, Newtonsoft.Json.Linq.JToken>());

        // When
        var graph = GraphBuilder.Build("/nowhere", pipeline, resolved, ["r1", "r2"]);

        // Then
        Assert.Equal(["train@r1", "train@r2", "report"], graph.Instances.Select(i => i.Name));
        Assert.Equal(["train-dep@r1", "train-dep@r2"], graph.Find("report")!.Deps.Select(d => d.Label));
        Assert.Equal("outputs/train/r2", graph.Find("report")!.Deps[1].Path);
        Assert.Equal(["train@r1", "train@r2", "report"], graph.UpstreamClosure("report").Select(i => i.Name));
        Assert.Equal(["train@r1"], graph.UpstreamClosure("train").Take(1).Select(i => i.Name));
    }

    [Fact]
    public void Should_Substitute_Params_In_Dep_Paths()
    {
        // Given
        var values = new Dictionary<string, Newtonsoft.Json.Linq.JToken> { ["preprocess.source"] = "data/raw/", ["image.size"] = 64 };

        // When
        var path = PathTemplate.Expand("${preprocess.source}/x${image.size}", values, out var missing);
        PathTemplate.Expand("${nope.key}", values, out var unknown);

        // Then
        Assert.Equal("data/raw//x64", path);
        Assert.Null(missing);
        Assert.Equal("nope.key", unknown);
    }
}
