using Newtonsoft.Json.Linq;

namespace Repro.Cli.Rendering;

/// <summary>The tables repro prints: the end-of-run summary and the status.</summary>
internal static class Tables
{
    public static void Summary(RunReport report)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("stage instance", "outcome", "reason", "duration");
        foreach (var r in report.Results)
        {
            table.AddRow(Markup.Escape(r.Instance), Colour(r.Outcome), Markup.Escape(r.Reason),
                r.Duration.TotalSeconds.ToString("0.0 s", System.Globalization.CultureInfo.InvariantCulture));
        }
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine($"Profile {report.Profile}: " + string.Join(", ", report.Results.GroupBy(r => r.Outcome)
            .Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}")) + ". Details: outputs/.repro/last-run.json");
    }

    /// <param name="withAction">Add what the run will do per instance (dry run).</param>
    public static void Status(IReadOnlyList<InstanceStatus> statuses, bool withAction = false)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("stage instance", "status", "reason");
        if (withAction) table.AddColumn("run will");
        foreach (var s in statuses)
        {
            var colour = s.State switch { InstanceState.UpToDate => "green", InstanceState.WillRun => "yellow", _ => "grey" };
            string[] cells = [Markup.Escape(s.Instance), $"[{colour}]{s.StateText}[/]", Markup.Escape(s.Reason)];
            table.AddRow(withAction ? [.. cells, Markup.Escape(s.Action)] : cells);
        }
        AnsiConsole.Write(table);
    }

    public static string StatusJson(IReadOnlyList<InstanceStatus> statuses) =>
        new JArray(statuses.Select(s => new JObject { ["instance"] = s.Instance, ["status"] = s.StateText, ["reason"] = s.Reason }))
            .ToString(Newtonsoft.Json.Formatting.Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

    public static void Experiments(ExperimentTable experiments)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumn("experiment");
        foreach (var column in experiments.Conditions.Concat(experiments.Metrics)) table.AddColumn(Markup.Escape(column));
        foreach (var row in experiments.Rows)
        {
            var name = row.Stale ? $"{row.Experiment} [grey](stale)[/]" : row.Experiment;
            table.AddRow(new[] { name }.Concat(row.Conditions.Concat(row.Metrics).Select(Markup.Escape)).ToArray());
        }
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine($"Profile {experiments.Profile}; {experiments.Shared.Count} other conditions are shared by all (listed by --markdown).");
    }

    private static string Colour(Outcome outcome) => outcome switch
    {
        Outcome.Ran => "[yellow]ran[/]",
        Outcome.Cached => "[green]cached[/]",
        Outcome.Restored => "[blue]restored[/]",
        Outcome.Pulled => "[blue]pulled[/]",
        Outcome.Failed => "[red]failed[/]",
        _ => "[grey]skipped[/]",
    };
}
