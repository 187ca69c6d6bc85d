namespace Repro.Engine.Graph;

/// <summary>The stage instances of one profile in topological order (upstream first, ties by name).</summary>
internal sealed class PipelineGraph
{
    public PipelineGraph(IReadOnlyList<StageInstance> ordered) => Instances = ordered;

    public IReadOnlyList<StageInstance> Instances { get; }

    public StageInstance? Find(string name) => Instances.FirstOrDefault(i => i.Name == name);

    /// <summary>The instances of <paramref name="stage"/> and everything upstream of them, in order.</summary>
    public IReadOnlyList<StageInstance> UpstreamClosure(string stage)
    {
        var wanted = new HashSet<StageInstance>();
        void Visit(StageInstance instance)
        {
            if (!wanted.Add(instance)) return;
            foreach (var up in instance.Upstream) Visit(up);
        }
        foreach (var target in Instances.Where(i => i.Stage.Name == stage)) Visit(target);
        return Instances.Where(wanted.Contains).ToList();
    }

    /// <summary>Instances that depend, directly or not, on <paramref name="instance"/>.</summary>
    public bool IsDownstreamOf(StageInstance instance, StageInstance upstream) =>
        instance.Upstream.Any(u => u == upstream || IsDownstreamOf(u, upstream));
}
