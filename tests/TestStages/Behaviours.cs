using System.Globalization;
using System.Text;
using Repro.Contract;
using Repro.StageHost;

namespace TestStages;

/// <summary>Deterministic transformations standing in for preprocess, augment, train and report.</summary>
internal static class Behaviours
{
    /// <summary>Each input file upper-cased with prep.suffix appended, plus a manifest.</summary>
    public static void Prep(StageContext context)
    {
        var source = context.Dep("source");
        var files = Directory.GetFiles(source).Order(StringComparer.Ordinal).ToList();
        Directory.CreateDirectory(context.OutPath("files"));
        var manifest = new StringBuilder();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            File.WriteAllText(context.OutPath("files", name), File.ReadAllText(file).ToUpperInvariant() + context.GetString("prep.suffix"));
            manifest.Append(name).Append('\n');
        }
        File.WriteAllText(context.OutPath("manifest.txt"), manifest.ToString());
    }

    /// <summary>The prepared files concatenated aug.repeat times.</summary>
    public static void Aug(StageContext context)
    {
        var files = Directory.GetFiles(Path.Combine(context.Dep("prepared"), "files")).Order(StringComparer.Ordinal);
        var text = string.Concat(files.Select(File.ReadAllText));
        File.WriteAllText(context.OutPath("data.txt"), string.Concat(Enumerable.Repeat(text + "\n", context.GetInt("aug.repeat"))));
    }

    /// <summary>A "model" (the data's length times fit.factor, and fit.label) and one snapshot per fit.snapshots.</summary>
    public static void Fit(StageContext context)
    {
        if (context.GetString("fit.label") == "c")
            throw new StageInputException("fit.label 'c' is reserved for a model this stage cannot fit; use a or b.");
        var data = File.ReadAllText(Path.Combine(context.Dep("data"), "data.txt"));
        var score = data.Length * context.GetDouble("fit.factor");
        File.WriteAllText(context.OutPath("model.txt"), $"{context.GetString("fit.label")} {score.ToString("R", CultureInfo.InvariantCulture)}\n");
        File.WriteAllText(context.OutPath("metrics.json"), $"{{ \"score\": {score.ToString("R", CultureInfo.InvariantCulture)} }}\n");
        Directory.CreateDirectory(context.OutPath("snapshots"));
        for (var i = 1; i <= context.GetInt("fit.snapshots"); i++)
            File.WriteAllText(context.OutPath("snapshots", $"{i:D3}.txt"), $"snapshot {i} of {data.Length}\n");
    }

    /// <summary>One Markdown line per experiment's model.</summary>
    public static void Summary(StageContext context)
    {
        var text = new StringBuilder($"# {context.GetString("report.title")}\n\n");
        // The dep is fit's whole folder, or only its model.txt when stage.json narrows it with "out".
        foreach (var (experiment, path) in context.DepsByExperiment("models"))
            text.Append(CultureInfo.InvariantCulture, $"- {experiment}: {File.ReadAllText(File.Exists(path) ? path : Path.Combine(path, "model.txt")).Trim()}\n");
        File.WriteAllText(context.OutPath("summary.md"), text.ToString());
    }

    /// <summary>For the benchmark's chain: a one-line summary of its deps (no data copied, so the numbers
    /// measure the engine, not the stage).</summary>
    public static void Bench(StageContext context)
    {
        var lines = context.Request.Deps.OrderBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => $"{d.Key}: {(Directory.Exists(d.Value) ? Directory.GetFiles(d.Value).Length + " files" : new FileInfo(d.Value).Length + " bytes")}");
        File.WriteAllText(context.OutPath("out.txt"), string.Join("\n", lines) + "\n");
    }
}
