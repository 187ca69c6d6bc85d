namespace Repro.Preprocess.Params;

/// <summary>How a non-square image becomes square (preprocess.fit).</summary>
internal enum FitMode
{
    /// <summary>Scale the longer side to the size, centre, fill the rest with the background.</summary>
    Pad,

    /// <summary>Scale the shorter side to the size and cut the centre.</summary>
    Crop,

    /// <summary>Scale each side independently (distorts the drawing).</summary>
    Stretch,
}
