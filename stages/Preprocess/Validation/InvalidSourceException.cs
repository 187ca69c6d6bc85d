namespace Repro.Preprocess.Validation;

/// <summary>One source file cannot be used; the reason is collected with the others into one message
/// (or into the manifest's skipped list), never shown alone.</summary>
internal sealed class InvalidSourceException(string reason) : Exception(reason)
{
    public string Reason => Message;
}
