using System.Globalization;
using System.Text.RegularExpressions;

namespace Repro.Contract;

/// <summary>Train's snapshot files, as train writes them and sample reads them: in `snapshots/`, the
/// fixed-latent grid `grid-NNNNNN.bin` and the evaluation batch `eval-NNNNNN.bin` (image batches), NNNNNN =
/// epochs completed, at least six digits (the seed's `mnist_fromFixedValue_%d.png` numbering).</summary>
public static partial class SnapshotNames
{
    public const string Folder = "snapshots";
    public const string GridPattern = "grid-*.bin";

    public static string Grid(int epoch) => $"grid-{Number(epoch)}.bin";

    public static string Eval(int epoch) => $"eval-{Number(epoch)}.bin";

    /// <summary>The epoch of a grid file's name, or null when the name is not a grid's.</summary>
    public static int? GridEpoch(string fileName)
    {
        var match = GridName().Match(fileName);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private static string Number(int epoch) => epoch.ToString("D6", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^grid-(\d{6,})\.bin$")]
    private static partial Regex GridName();
}
