using System.Text;
using Repro.Preprocess.Sources;
using Repro.Contract;

namespace Repro.Preprocess.Output;

/// <summary>The user-facing failures of the preprocess stage, each naming the folder or files and what to do.</summary>
internal static class SourceErrors
{
    public static StageInputException InvalidFiles(string folder, IReadOnlyList<SourceResult> invalid)
    {
        var message = new StringBuilder();
        message.Append(invalid.Count == 1 ? "1 file" : $"{invalid.Count} files")
            .Append($" in the source folder '{folder}' (param 'preprocess.source') cannot be used:\n");
        foreach (var bad in invalid)
            message.Append($"  {bad.File.RelativePath}: {bad.InvalidReason}\n");
        message.Append("Fix or remove them, or set preprocess.onInvalid=skip to skip them (they are then listed in the manifest).");
        return new StageInputException(message.ToString());
    }

    public static StageInputException NoUsableImage(string folder, int ignored, int skipped)
    {
        var found = (ignored, skipped) switch
        {
            (0, 0) => "it holds no files",
            (_, 0) => $"it holds only files that are not images ({ignored} ignored)",
            (_, 1) => $"its one image file was skipped as invalid ({ignored} other files ignored)",
            _ => $"all {skipped} image files were skipped as invalid ({ignored} other files ignored)",
        };
        return new StageInputException(
            $"The source folder '{folder}' (param 'preprocess.source') has no usable PNG or JPEG image: {found}. " +
            "Put PNG or JPEG images in it, or point preprocess.source at another folder.");
    }
}
