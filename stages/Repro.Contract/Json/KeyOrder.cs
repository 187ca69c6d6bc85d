namespace Repro.Contract;

/// <summary>How <see cref="CanonicalJson"/> orders object keys.</summary>
public enum KeyOrder
{
    /// <summary>Ordinally sorted at every level: equal values give equal bytes however they were built (the
    /// lock, keys, run-cache entries).</summary>
    Sorted,

    /// <summary>The order the writer built them in, for documents a person reads top-down (manifests).</summary>
    AsWritten,
}
