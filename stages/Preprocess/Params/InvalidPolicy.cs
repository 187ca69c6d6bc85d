namespace Repro.Preprocess.Params;

/// <summary>What to do with a file that looks like an image but cannot be used (preprocess.onInvalid).</summary>
internal enum InvalidPolicy
{
    Fail,
    Skip,
}
