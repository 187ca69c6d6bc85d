namespace Repro.Engine.Graph;

/// <summary>Finds every cycle among stages (each strongly connected component with a loop, Tarjan), so all of
/// them are reported by name at once, and orders acyclic stages upstream first.</summary>
internal static class StageCycles
{
    public static List<string> Find(IReadOnlyList<StageDefinition> stages)
    {
        var edges = stages.ToDictionary(s => s.Name, s => s.Deps.Select(d => d.Stage).OfType<string>()
            .Where(n => stages.Any(x => x.Name == n)).Distinct().Order(StringComparer.Ordinal).ToList());
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var cycles = new List<string>();

        void Connect(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            foreach (var w in edges[v])
            {
                if (!index.ContainsKey(w)) { Connect(w); low[v] = Math.Min(low[v], low[w]); }
                else if (stack.Contains(w)) low[v] = Math.Min(low[v], index[w]);
            }
            if (low[v] != index[v]) return;
            var component = new List<string>();
            string popped;
            do { popped = stack.Pop(); component.Add(popped); } while (popped != v);
            if (component.Count > 1 || edges[v].Contains(v))
                cycles.Add(Describe(component, edges));
        }

        foreach (var stage in edges.Keys.Order(StringComparer.Ordinal).Where(s => !index.ContainsKey(s))) Connect(stage);
        return cycles;
    }

    /// <summary>"augment -> train -> augment": the shortest walk from the component's first stage back to it,
    /// in the direction data flows.</summary>
    private static string Describe(List<string> component, Dictionary<string, List<string>> edges)
    {
        var start = component.Order(StringComparer.Ordinal).First();
        var previous = new Dictionary<string, string>();
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            foreach (var next in edges[current].Where(component.Contains))
            {
                if (next == start)
                {
                    var path = new List<string> { start };
                    for (var at = current; at != start; at = previous[at]) path.Insert(1, at);
                    path.Add(start);
                    path.Reverse(); // edges point at deps; print the way data flows
                    return $"cycle: {string.Join(" -> ", path)} (each stage feeds the next); remove one of these deps";
                }
                if (previous.TryAdd(next, current)) queue.Enqueue(next);
            }
        }
        return "cycle: " + string.Join(" -> ", component);
    }
}
