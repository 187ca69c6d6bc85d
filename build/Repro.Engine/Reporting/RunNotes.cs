using System.Text;

namespace Repro.Engine.Reporting;

/// <summary>What ran or was restored in the last run and why (the explain fields), written into the out folder
/// of each selected instance whose stage.json declares `"runNotes": "FILE"` (report's changes.md, which its
/// page links). Engine-owned: not a stage out, so it never enters a key, the declared-outs check or verify.</summary>
internal static class RunNotes
{
    public static void Write(PipelineState state, RunReport report)
    {
        foreach (var instance in state.Selected.Where(i => i.Stage.RunNotes is not null))
        {
            var folder = state.Paths.Full(instance.OutPath);
            if (Directory.Exists(folder)) AtomicFile.WriteIfChanged(Path.Combine(folder, instance.Stage.RunNotes!), Render(report));
        }
    }

    public static string Render(RunReport report)
    {
        var text = new StringBuilder($"# What changed in the last run\n\nProfile: `{report.Profile}`.\n\n");
        var rows = report.Results.Where(r => r.Outcome is Outcome.Ran or Outcome.Restored).ToList();
        if (rows.Count == 0) return text.Append("Nothing ran: every stage instance was up to date.\n").ToString();
        text.Append("| stage instance | outcome | why |\n|---|---|---|\n");
        foreach (var row in rows)
        {
            var why = row.Changes.Count > 0 ? string.Join("; ", row.Changes) : row.Reason;
            text.Append(CultureInfo.InvariantCulture, $"| {row.Instance} | {row.Outcome.ToString().ToLowerInvariant()} | {why.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }
        return text.ToString();
    }
}
