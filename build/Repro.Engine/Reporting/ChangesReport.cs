using System.Text;

namespace Repro.Engine.Reporting;

/// <summary>outputs/report/changes.md: what ran or was restored in the last run and why (the explain fields).
/// Engine-owned: not a stage out, so it never enters a key, the declared-outs check or verify.</summary>
internal static class ChangesReport
{
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
