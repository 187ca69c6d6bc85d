using System.Text;
using Repro.Report.Inputs;
using Repro.Report.Markdown;
using Repro.Contract;
using Repro.Report.Params;
using Repro.StageHost;

namespace Repro.Report;

/// <summary>The report stage: report.md, report.html and assets/ from every experiment. Everything written is a
/// function of the inputs and params (no timestamps, no machine paths), so an unchanged pipeline regenerates
/// identical bytes.</summary>
internal static class ReportStage
{
    public static void Run(StageContext context)
    {
        var p = ReportParams.From(context);
        var experiments = Experiment.LoadAll(context);
        if (experiments.Count == 0)
            throw new StageInputException("The report has no experiments: its 'samples' dep lists none. Define experiments in params.json.");
        var assets = new Assets(context.OutDir);
        var md = new StringBuilder();
        HeaderSection.Write(md, p.Title, experiments, assets);
        ExperimentsTable.Write(md, experiments, p);
        FeatureSpaces.Write(md, experiments);
        SideBySideSection.Write(md, experiments, p, assets);
        md.Append("## Experiments one by one\n\n");
        foreach (var experiment in experiments)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            ExperimentSection.Write(md, experiment, p, assets);
        }
        ClosingSections.WriteChanges(md);
        ClosingSections.WriteDefinitions(md, experiments);

        var markdown = md.ToString();
        File.WriteAllText(context.OutPath("report.md"), markdown);
        var sliders = experiments.ToDictionary(e => e.Name, e => (IReadOnlyList<int>)e.Metrics.Snapshots.Select(s => s.Epoch).Order().ToList(), StringComparer.Ordinal);
        File.WriteAllText(context.OutPath("report.html"), HtmlPage.Render(p.Title, markdown, sliders));
    }
}
