using System.Globalization;

namespace Repro.Pipeline.Benchmarks;

/// <summary>Plain-text tables: the cold run per stage instance, and the scenarios.</summary>
internal static class TablePrinter
{
    public static void Instances(RunResult cold)
    {
        var rows = cold.Instances.Select(i => new[] { i.Instance, i.Outcome, S(i.Seconds), Clip(i.Reason, 90) }).ToList();
        Print(["instance", "outcome", "seconds", "reason"], rows);
    }

    public static void Scenarios(IEnumerable<ScenarioResult> results)
    {
        var rows = results.Select(r => new[] { r.Name, S(r.Seconds), r.Ran, r.Restored, r.Cached, r.Met ? "yes" : "NO", r.Note }).ToList();
        Print(["scenario", "wall s", "ran", "restored", "cached", "met", "note"], rows);
    }

    private static void Print(string[] header, List<string[]> rows)
    {
        var widths = header.Select((h, c) => rows.Select(r => r[c].Length).Append(h.Length).Max()).ToArray();
        string Line(string[] cells) => string.Join(" | ", cells.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd();
        Console.WriteLine(Line(header));
        Console.WriteLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var row in rows) Console.WriteLine(Line(row));
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 3)] + "...";

    private static string S(double seconds) => seconds.ToString("F2", CultureInfo.InvariantCulture);
}
