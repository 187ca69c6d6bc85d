using Repro.Engine.Definition;
using Repro.Engine.Graph;

namespace Repro.Engine.Tests.Support;

/// <summary>Stage definitions built in memory for unit tests.</summary>
internal static class Stages
{
    public static StageDefinition Stage(string name, StageForeach forEach = StageForeach.Experiment, string[]? parameters = null,
        ParamSchema[]? schema = null, params DepDefinition[] deps) =>
        new(name, $"/ws/stages/{name}", "bin/x.dll", forEach, deps, parameters ?? [], schema ?? [], ["out.txt"],
            new Dictionary<string, string>(), []);

    public static DepDefinition On(string stage, bool all = false) => new(stage + "-dep", stage, all, null);

    public static ParamSchema Int(string key, string owner, double? min = null, double? max = null) =>
        new(key, owner, ParamType.Int, min, max, null, "");

    public static ParamSchema Number(string key, string owner) => new(key, owner, ParamType.Number, null, null, null, "");

    public static ParamSchema Text(string key, string owner, params string[] values) =>
        new(key, owner, ParamType.String, null, null, values.Length == 0 ? null : values, "");

    public static StageInstance Instance(string stage, string? experiment = null) => new(Stage(stage), experiment);
}
