using System.Globalization;
using Repro.Contract;

namespace Repro.Report.Inputs;

/// <summary>Train's metrics.csv as columns: one row per D/G step, step 1 first. <see cref="Epoch"/> is the
/// step's position in the seed's unit (step / steps per epoch: the step that completes epoch e is at e), so
/// the curves share their x axis with the snapshots, which are numbered by epochs completed.</summary>
internal sealed class MetricsLog
{
    private static readonly string Header = MetricsLogSchema.Header;

    public required double[] Epoch { get; init; }
    public required int StepsPerEpoch { get; init; }
    public required double[] DLossReal { get; init; }
    public required double[] DLossFake { get; init; }
    public required double[] GLoss { get; init; }
    public required double[] DAccReal { get; init; }
    public required double[] DAccFake { get; init; }
    public required double[] DRealMean { get; init; }
    public required double[] DFakeMean { get; init; }
    public int Count => Epoch.Length;

    public static MetricsLog Load(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0].Trim() != Header)
            throw new StageInputException($"'{path}' does not start with the header '{Header}'. Rerun train.");
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select((line, i) => Parse(line, path, i + 2)).ToArray();
        if (rows.Length == 0) throw new StageInputException($"'{path}' has no rows. Rerun train.");
        double[] Column(int c) => rows.Select(r => r[c]).ToArray();
        var stepsPerEpoch = Math.Max(1, rows.Count(r => r[1] == rows[0][1]));   // the rows of the first epoch
        return new MetricsLog
        {
            Epoch = rows.Select(r => r[0] / stepsPerEpoch).ToArray(), StepsPerEpoch = stepsPerEpoch,
            DLossReal = Column(2), DLossFake = Column(3), GLoss = Column(4),
            DAccReal = Column(5), DAccFake = Column(6), DRealMean = Column(7), DFakeMean = Column(8),
        };
    }

    private static double[] Parse(string line, string path, int lineNumber)
    {
        var cells = line.Split(',');
        var values = new double[MetricsLogSchema.Columns.Count];
        if (cells.Length != values.Length || !cells.Select((c, i) => double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i])).All(ok => ok))
            throw new StageInputException($"'{path}' line {lineNumber} is not {values.Length} numbers: '{line}'. Rerun train.");
        return values;
    }
}
