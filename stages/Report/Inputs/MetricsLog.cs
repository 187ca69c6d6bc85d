using System.Globalization;
using Repro.StageHost;

namespace Repro.Report.Inputs;

/// <summary>Train's metrics.csv as columns: one value per iteration, iteration 1 first.</summary>
internal sealed class MetricsLog
{
    private const string Header = "iteration,d_loss_real,d_loss_fake,g_loss,d_acc_real,d_acc_fake,d_real_mean,d_fake_mean";

    public required double[] Iteration { get; init; }
    public required double[] DLossReal { get; init; }
    public required double[] DLossFake { get; init; }
    public required double[] GLoss { get; init; }
    public required double[] DAccReal { get; init; }
    public required double[] DAccFake { get; init; }
    public required double[] DRealMean { get; init; }
    public required double[] DFakeMean { get; init; }
    public int Count => Iteration.Length;

    public static MetricsLog Load(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0].Trim() != Header)
            throw new StageInputException($"'{path}' does not start with the header '{Header}'. Rerun train.");
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select((line, i) => Parse(line, path, i + 2)).ToArray();
        if (rows.Length == 0) throw new StageInputException($"'{path}' has no rows. Rerun train.");
        double[] Column(int c) => rows.Select(r => r[c]).ToArray();
        return new MetricsLog
        {
            Iteration = Column(0), DLossReal = Column(1), DLossFake = Column(2), GLoss = Column(3),
            DAccReal = Column(4), DAccFake = Column(5), DRealMean = Column(6), DFakeMean = Column(7),
        };
    }

    private static double[] Parse(string line, string path, int lineNumber)
    {
        var cells = line.Split(',');
        var values = new double[8];
        if (cells.Length != 8 || !cells.Select((c, i) => double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i])).All(ok => ok))
            throw new StageInputException($"'{path}' line {lineNumber} is not 8 numbers: '{line}'. Rerun train.");
        return values;
    }
}
