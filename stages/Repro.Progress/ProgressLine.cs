using System.Globalization;

namespace Repro.Progress;

/// <summary>The text of one progress line. Plain: "hashing raw: 120/3000 (4%)", then the unit and the
/// detail when there are any; live: the same with a bar, cut to the terminal's width so a redraw stays on
/// one row.</summary>
internal static class ProgressLine
{
    private const int BarWidth = 20;

    public static string Plain(string label, long done, long total, string unit, string? detail) =>
        string.Create(CultureInfo.InvariantCulture, $"{label}: {Count(done, total, unit)} ({Percent(done, total)}%)") + Detail(detail);

    public static string Live(string label, long done, long total, string unit, string? detail, int width)
    {
        var filled = (int)Math.Clamp(BarWidth * done / Math.Max(1, total), 0, BarWidth);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{label} [{new string('#', filled)}{new string('-', BarWidth - filled)}] {Percent(done, total),3}%  {Count(done, total, unit)}") + Detail(detail);
        return line.Length < width ? line : line[..(width - 1)].TrimEnd();   // the last column wraps on some terminals
    }

    private static string Count(long done, long total, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{done}/{total}") + (unit.Length > 0 ? " " + unit : "");

    private static long Percent(long done, long total) => 100 * done / Math.Max(1, total);

    private static string Detail(string? detail) => string.IsNullOrEmpty(detail) ? "" : "  " + detail;
}
