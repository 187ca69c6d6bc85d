using System.Text;
using Newtonsoft.Json;

namespace Repro.Engine.Experiments;

/// <summary>`repro params`: every condition with its default, allowed values, the stages a change reruns (the
/// stages declaring it and everything downstream of them) and what it means. The README's table is this
/// output, so the documentation cannot drift from the schemas.</summary>
public static class ParamReference
{
    public static string ToMarkdown(WorkspacePaths paths)
    {
        var pipeline = PipelineLoader.Load(paths.Root);
        var file = ParamsFile.Load(paths.ParamsFile);
        ParamResolver.Validate(file, pipeline);
        var order = StageOrder(pipeline);
        var text = new StringBuilder("| param | default | allowed | a change reruns | meaning |\n|---|---|---|---|---|\n");
        foreach (var schema in pipeline.Stages.OrderBy(s => order.IndexOf(s.Name)).SelectMany(s => s.Schema))
        {
            var value = file.Defaults.Values.TryGetValue(schema.Key, out var token) ? token.ToString(Formatting.None) : "";
            var reruns = Downstream(pipeline, pipeline.Stages.Where(s => s.Declares(schema.Key)).Select(s => s.Name), order);
            text.Append(CultureInfo.InvariantCulture,
                $"| `{schema.Key}` | `{value}` | {schema.Allowed} | {string.Join(", ", reruns)} | {schema.Description.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }
        return text.ToString();
    }

    /// <summary>Stage names in dependency order (a stage after everything it reads).</summary>
    private static List<string> StageOrder(PipelineDefinition pipeline)
    {
        var order = new List<string>();
        void Visit(StageDefinition stage)
        {
            if (order.Contains(stage.Name)) return;
            foreach (var dep in stage.Deps.Where(d => d.Stage is not null))
                if (pipeline.Find(dep.Stage!) is { } upstream && upstream != stage) Visit(upstream);
            order.Add(stage.Name);
        }
        foreach (var stage in pipeline.Stages.OrderBy(s => s.Name, StringComparer.Ordinal)) Visit(stage);
        return order;
    }

    private static IEnumerable<string> Downstream(PipelineDefinition pipeline, IEnumerable<string> roots, List<string> order)
    {
        var reached = new HashSet<string>(roots, StringComparer.Ordinal);
        foreach (var name in order)
        {
            if (pipeline.Find(name)!.Deps.Any(d => d.Stage is not null && reached.Contains(d.Stage)))
                reached.Add(name);
        }
        return order.Where(reached.Contains);
    }
}
