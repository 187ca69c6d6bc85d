using System.Text;

namespace Repro.Engine.Experiments;

/// <summary>`repro exp show`, like DVC's: one row per experiment with the conditions that differ between
/// experiments and the metrics the stages publish (stage.json "metrics"). Values read from outputs whose
/// stage instance is not up to date are marked stale rather than shown as current.</summary>
public sealed record ExperimentTable(
    string Profile,
    IReadOnlyList<string> Conditions,
    IReadOnlyList<string> Metrics,
    IReadOnlyList<ExperimentRow> Rows,
    IReadOnlyList<KeyValuePair<string, string>> Shared)
{
    public const string Missing = "—";

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        var header = new[] { "experiment" }.Concat(Conditions.Select(c => $"`{c}`")).Concat(Metrics).ToList();
        text.Append("| ").AppendJoin(" | ", header).Append(" |\n");
        text.Append('|').AppendJoin("", header.Select(_ => "---|")).Append('\n');
        foreach (var row in Rows)
            text.Append("| ").AppendJoin(" | ", new[] { row.Experiment + (row.Stale ? " (stale)" : "") }.Concat(row.Conditions).Concat(row.Metrics)).Append(" |\n");
        if (Shared.Count > 0)
            text.Append("\nShared by all: ").AppendJoin(", ", Shared.Select(p => $"`{p.Key}` = {p.Value}")).Append(".\n");
        if (Rows.Any(r => r.Stale))
            text.Append("\n(stale): some of the experiment's outputs predate its current conditions or code; run `repro` to update them.\n");
        return text.ToString();
    }
}

/// <summary>One experiment's row: condition values and metric values in the table's column order.</summary>
public sealed record ExperimentRow(string Experiment, IReadOnlyList<string> Conditions, IReadOnlyList<string> Metrics, bool Stale);
