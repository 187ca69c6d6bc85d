using System.Globalization;
using Repro.Report.Inputs;

namespace Repro.Report.Graphs;

/// <summary>The x axis of every training curve: the seed's unit, with the steps it is made of.</summary>
internal static class EpochAxis
{
    public static string For(MetricsLog log) =>
        string.Create(CultureInfo.InvariantCulture, $"epoch (the seed's iterations; {log.StepsPerEpoch} D/G steps each)");
}
