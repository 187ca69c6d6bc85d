using System.Text;

namespace Repro.Engine.Inspection;

/// <summary>`repro dag`: the instance graph as text, one layer per line group (a layer's instances depend only
/// on earlier layers), each instance with what it reads.</summary>
public static class DagCommand
{
    public static string Render(WorkspacePaths paths, RunOptions options, IEngineConsole console)
    {
        var instances = PipelineState.Load(paths, options, console).Selected;
        var depth = new Dictionary<StageInstance, int>();
        foreach (var instance in instances)
            depth[instance] = instance.Upstream.Select(u => depth[u] + 1).DefaultIfEmpty(0).Max();
        var width = instances.Max(i => i.Name.Length);
        var text = new StringBuilder($"Stages: {string.Join(" -> ", instances.Select(i => i.Stage.Name).Distinct())}\n");
        foreach (var layer in instances.GroupBy(i => depth[i]).OrderBy(g => g.Key))
        {
            text.Append(CultureInfo.InvariantCulture, $"\nlayer {layer.Key}\n");
            foreach (var instance in layer)
            {
                var inputs = instance.Deps.Select(d => d.Upstream?.Name ?? d.Path).Distinct();
                text.Append(CultureInfo.InvariantCulture, $"  {instance.Name.PadRight(width)}  <- {string.Join(", ", inputs)}\n");
            }
        }
        return text.ToString();
    }
}
