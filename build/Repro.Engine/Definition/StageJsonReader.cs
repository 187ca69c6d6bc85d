using Newtonsoft.Json;

namespace Repro.Engine.Definition;

/// <summary>Reads one stages/X/stage.json, collecting every problem (named by file and field) rather than
/// stopping at the first, so a user fixes them all in one go.</summary>
internal static class StageJsonReader
{
    private static readonly HashSet<string> Fields = ["program", "foreach", "deps", "params", "schema", "outs", "env", "metrics", "numerics", "runNotes", "cudaBuild", "resources", "generator", "generatorSnapshot"];

    public static StageDefinition? Read(string file, List<string> problems)
    {
        var root = Json.ReadObject(file, DefinitionErrors.Unreadable);
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        var name = Path.GetFileName(folder).ToLowerInvariant();
        var where = $"stages/{Path.GetFileName(folder)}/stage.json";
        var before = problems.Count;
        void Problem(string what) => problems.Add($"{where}: {what}");

        foreach (var unknown in root.Properties().Select(p => p.Name).Where(n => !Fields.Contains(n)))
            Problem($"unknown field \"{unknown}\"; allowed fields are {string.Join(", ", Fields)}");
        var program = root["program"] is JValue { Type: JTokenType.String } p ? (string)p! : null;
        if (string.IsNullOrWhiteSpace(program)) Problem("\"program\" must name the built entry assembly, e.g. \"bin/Release/net10.0/Train.dll\"");
        var forEach = (string?)root["foreach"] switch
        {
            "experiment" or null => StageForeach.Experiment,
            "once" => StageForeach.Once,
            var other => Fail(StageForeach.Experiment, $"\"foreach\" is \"{other}\"; allowed values are experiment, once"),
        };
        var deps = ReadDeps(root["deps"] as JObject, forEach, Problem);
        var declared = ReadStrings(root["params"], "params", Problem);
        var outs = ReadStrings(root["outs"], "outs", Problem);
        if (outs.Count == 0) Problem("\"outs\" must list at least one file or folder the stage creates");
        foreach (var o in outs.Where(o => o.Contains('/') || o.Contains('\\') || o is "." or ".."))
            Problem($"out \"{o}\" must be a plain file or folder name inside the stage's OutDir");
        foreach (var o in outs.GroupBy(o => o).Where(g => g.Count() > 1))
            Problem($"out \"{o.Key}\" is declared more than once");
        var schema = SchemaReader.Read(root["schema"] as JObject, name, Problem);
        var env = (root["env"] as JObject)?.Properties().ToDictionary(p => p.Name, p => (string?)p.Value ?? "", StringComparer.Ordinal)
            ?? new Dictionary<string, string>(StringComparer.Ordinal);
        var metrics = ReadMetrics(root["metrics"] as JObject, outs, Problem);
        var numerics = root["numerics"] switch
        {
            null => null,
            JValue { Type: JTokenType.String } v when !string.IsNullOrWhiteSpace((string?)v) => (string)v!,
            _ => Fail<string?>(null, "\"numerics\" must name the stage's numerics class, e.g. \"portable\" for outputs that are the same bits on every CPU"),
        };
        var runNotes = OptionalName(root, "runNotes", "a plain file name the engine writes the last run's notes to, e.g. \"changes.md\"", Problem);
        if (runNotes is not null && outs.Contains(runNotes)) Problem($"\"runNotes\" \"{runNotes}\" is also an out; the engine owns it, so it cannot be");
        var cudaBuild = OptionalName(root, "cudaBuild", "a file pattern in the program's folder that only a CUDA build has, e.g. \"*torch_cuda*\"", Problem);
        var resources = ReadResources(root["resources"], schema, Problem);
        var generator = OptionalName(root, "generator", "an out file of this stage its program draws images from with --generate, e.g. \"generator.pt\"", Problem);
        if (generator is not null && !outs.Contains(generator)) Problem($"\"generator\" \"{generator}\" is not one of the stage's outs");
        var generatorSnapshot = OptionalName(root, "generatorSnapshot", "the snapshot its generator is, for `repro generate --snapshot`, e.g. \"best\" (default \"final\")", Problem) ?? "final";
        if (root["generatorSnapshot"] is not null && generator is null) Problem("\"generatorSnapshot\" goes with \"generator\"");
        return problems.Count > before ? null
            : new StageDefinition(name, folder, program!, forEach, deps, declared, schema, outs, env, metrics, numerics)
                { RunNotes = runNotes, CudaBuild = cudaBuild, Resources = resources, Generator = generator, GeneratorSnapshot = generatorSnapshot };

        T Fail<T>(T fallback, string what)
        {
            Problem(what);
            return fallback;
        }
    }

    /// <summary>`{ "cpus": 2, "gpus": 1, "memoryMB": 4096, "timeMinutes": 60 }`, each a whole number or
    /// "${section.key}" naming an int param of this stage's schema; absent fields keep their defaults.</summary>
    private static StageResources ReadResources(JToken? token, IReadOnlyList<ParamSchema> schema, Action<string> problem)
    {
        if (token is null) return StageResources.Default;
        if (token is not JObject o)
        {
            problem("\"resources\" must be an object, e.g. { \"cpus\": \"${train.threads}\", \"gpus\": 1, \"memoryMB\": 4096 }");
            return StageResources.Default;
        }
        foreach (var unknown in o.Properties().Select(p => p.Name).Where(n => !StageResources.Fields.Contains(n)))
            problem($"\"resources\" has unknown field \"{unknown}\"; allowed fields are {string.Join(", ", StageResources.Fields)}");
        var d = StageResources.Default;
        return new StageResources(Amount("cpus") ?? d.Cpus, Amount("gpus") ?? d.Gpus, Amount("memoryMB") ?? d.MemoryMB, Amount("timeMinutes"));

        ResourceAmount? Amount(string field)
        {
            switch (o[field])
            {
                case null:
                    return null;
                case JValue { Type: JTokenType.Integer } v when (long)v >= 0 && (long)v <= int.MaxValue:
                    return new ResourceAmount(((long)v).ToString(CultureInfo.InvariantCulture));
                case JValue { Type: JTokenType.String } s when new ResourceAmount((string)s!).Param is { } param:
                    if (schema.Any(p => p.Key == param && p.Type == ParamType.Int)) return new ResourceAmount((string)s!);
                    problem($"resources.{field} \"{(string)s!}\" names no int param of this stage's schema");
                    return null;
                default:
                    problem($"resources.{field} must be a whole number (0 or more) or \"${{section.key}}\" (an int param's value)");
                    return null;
            }
        }
    }

    /// <summary>An optional plain file name (no folder): null when absent.</summary>
    private static string? OptionalName(JObject root, string field, string what, Action<string> problem)
    {
        if (root[field] is null) return null;
        if (root[field] is JValue { Type: JTokenType.String } v && (string)v! is { Length: > 0 } name && !name.Contains('/') && !name.Contains('\\'))
            return name;
        problem($"\"{field}\" must be {what}");
        return null;
    }

    private static List<DepDefinition> ReadDeps(JObject? deps, StageForeach forEach, Action<string> problem)
    {
        var result = new List<DepDefinition>();
        foreach (var (name, token) in deps ?? [])
        {
            var stage = (string?)token?["stage"];
            var path = (string?)token?["path"];
            var all = (string?)token?["experiments"] == "all";
            var out_ = (string?)token?["out"];
            if ((stage is null) == (path is null))
                problem($"dep \"{name}\" must have exactly one of \"stage\" or \"path\"");
            else if (all && forEach != StageForeach.Once)
                problem($"dep \"{name}\" uses \"experiments\": \"all\", which only a \"foreach\": \"once\" stage may use");
            else if (out_ is not null && (stage is null || out_.Length == 0 || out_.Contains('/') || out_.Contains('\\')))
                problem($"dep \"{name}\": \"out\" names one out of the stage it depends on (a plain name), and goes only with \"stage\"");
            else
                result.Add(new DepDefinition(name, stage, all, path, out_));
        }
        return result;
    }

    private static List<MetricDefinition> ReadMetrics(JObject? metrics, List<string> outs, Action<string> problem)
    {
        var result = new List<MetricDefinition>();
        foreach (var (label, token) in metrics ?? [])
        {
            var metric = token switch
            {
                JValue { Type: JTokenType.String } v => MetricDefinition.Parse(label, (string)v!),
                JObject o when o["at"] is JValue { Type: JTokenType.String } at => MetricDefinition.Parse(label, (string)at!, ReadTolerance(o)),
                _ => null,
            };
            if (metric is null)
                problem($"metric \"{label}\" must be \"FILE:json.path\", e.g. \"metrics.json:final.kidMean\", or " +
                        "{ \"at\": \"FILE:json.path\", \"absolute\": N, \"noise\": \"json.path\", \"k\": N }");
            else if (!outs.Contains(metric.File))
                problem($"metric \"{label}\" reads \"{metric.File}\", which is not one of the stage's outs");
            else
                result.Add(metric);
        }
        return result;
    }

    /// <summary>{ "absolute": 0.01, "noise": "final.kidStd", "k": 3 }: both parts optional, at least one given.</summary>
    private static MetricTolerance? ReadTolerance(JObject metric)
    {
        var absolute = metric["absolute"] is JValue { Type: JTokenType.Float or JTokenType.Integer } a ? (double)a : 0;
        var noise = (string?)metric["noise"];
        var k = metric["k"] is JValue { Type: JTokenType.Float or JTokenType.Integer } f ? (double)f : 3;
        return absolute > 0 || noise is not null ? new MetricTolerance(absolute, noise, k) : null;
    }

    private static List<string> ReadStrings(JToken? token, string field, Action<string> problem)
    {
        if (token is null) return [];
        if (token is JArray array && array.All(t => t.Type == JTokenType.String))
            return array.Select(t => (string)t!).ToList();
        problem($"\"{field}\" must be an array of strings");
        return [];
    }
}
