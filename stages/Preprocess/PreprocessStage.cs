using Repro.Imaging;
using Repro.Preprocess.Imaging;
using Repro.Preprocess.Output;
using Repro.Preprocess.Params;
using Repro.Preprocess.Sources;
using Repro.Contract;
using Repro.Progress;
using Repro.StageHost;

namespace Repro.Preprocess;

/// <summary>The preprocess stage: every PNG/JPEG of the source folder -> `images/NNNN-stem.png` (8-bit
/// gray, image.size square) + `manifest.json`. Files are judged in parallel and results kept in source
/// order, so the output does not depend on thread timing. Nothing is written until every file is judged:
/// with preprocess.onInvalid=fail, one bad file means one message and no output.</summary>
internal static class PreprocessStage
{
    /// <summary>Smaller folders show nothing but the final summary.</summary>
    private const int ProgressFrom = 500;
    private static readonly TimeSpan PlainEvery = TimeSpan.FromSeconds(2);

    public static void Run(StageContext context)
    {
        var p = PreprocessParams.From(context);
        var folder = PreprocessParams.SourceFolder(context);
        var listing = SourceScanner.Scan(folder, p.Recursive, "preprocess.source");
        var results = Process(listing.Candidates, p, context.Cancellation);

        var invalid = results.Where(r => r.InvalidReason is not null).ToList();
        if (invalid.Count > 0 && p.OnInvalid == InvalidPolicy.Fail)
            throw SourceErrors.InvalidFiles(folder, invalid);
        var ignored = listing.Ignored
            .Concat(results.Where(r => r.IgnoredReason is not null).Select(r => new IgnoredFile(r.File.RelativePath, r.IgnoredReason!)))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        var usable = results.Where(r => r.Image is not null).ToList();
        if (usable.Count == 0)
            throw SourceErrors.NoUsableImage(folder, ignored.Count, invalid.Count);

        var images = WriteImages(context, usable);
        CanonicalJson.Write(context.OutPath("manifest.json"), PreprocessManifest.Build(context, images, ignored, invalid), KeyOrder.AsWritten);
        Console.WriteLine($"preprocess: {usable.Count} images -> images/ ({p.Size}x{p.Size} gray), " +
            $"{ignored.Count} ignored, {invalid.Count} skipped as invalid" + (invalid.Count > 0 ? " (listed in manifest.json)" : ""));
        context.SetProvenance("threads", Environment.ProcessorCount);
    }

    /// <summary>Judges and normalises every candidate, one per core by default (the benchmark varies it).</summary>
    internal static SourceResult[] Process(IReadOnlyList<SourceFile> candidates, PreprocessParams p, CancellationToken cancellation, int? threads = null)
    {
        var results = new SourceResult[candidates.Count];
        var normaliser = new ImageNormaliser(p);
        var options = new ParallelOptions { CancellationToken = cancellation, MaxDegreeOfParallelism = threads ?? Environment.ProcessorCount };
        using var progress = candidates.Count >= ProgressFrom
            ? new ProgressTask(ProgressOutput.Stdout(PlainEvery), "preprocess", candidates.Count, "files")
            : null;
        Parallel.For(0, candidates.Count, options, i =>
        {
            results[i] = SourceProcessor.Process(candidates[i], normaliser);
            progress?.Advance();
        });
        return results;
    }

    private static List<(SourceResult, string)> WriteImages(StageContext context, IReadOnlyList<SourceResult> usable)
    {
        Directory.CreateDirectory(context.OutPath("images"));
        var digits = Math.Max(4, usable.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        var written = new List<(SourceResult, string)>(usable.Count);
        for (var i = 0; i < usable.Count; i++)
        {
            var name = $"images/{(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0')}-{usable[i].File.SafeStem}.png";
            File.WriteAllBytes(context.OutPath(name), usable[i].Image!.Png);
            written.Add((usable[i], name));
        }
        return written;
    }
}
