using System.Globalization;

namespace Repro.Report.Observations;

/// <summary>Invariant number formatting shared by observations and tables.</summary>
internal static class Text
{
    public static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public static string Ratio(double value) => double.IsNaN(value) ? "n/a" : value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>KID values span 1e-4 .. 10: four significant digits keep small ones readable.</summary>
    public static string Kid(double value) =>
        Math.Abs(value) < 5e-7 ? "0" : value.ToString("G4", CultureInfo.InvariantCulture);

    public static string Kid(double mean, double std) => $"{Kid(mean)} ± {Kid(std)}";

    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);
}
