using Repro.DataGen.Drawing;
using SkiaSharp;

namespace Repro.DataGen.Faces;

/// <summary>Neck, shoulders and collar, the face outline (cheeks to a pointed or rounded chin) and ears.</summary>
internal static class HeadDrawer
{
    /// <summary>The face's silhouette, temple to chin to temple, closed across the forehead.</summary>
    public static SKPath FaceShape(FaceSpec s)
    {
        var path = new SKPath();
        path.MoveTo(-s.HalfWidth, -40);
        AddJawSide(path, s, -1);
        AddJawSideBack(path, s);
        path.Close();
        return path;
    }

    public static void DrawBody(Pencil pencil, FaceSpec s)
    {
        var w = s.HalfWidth;
        var neckTop = s.ChinY * 0.72f;
        var neckBase = s.ChinY + 30;
        using var neck = new SKPath();
        foreach (var side in new[] { -1f, 1f })
        {
            neck.MoveTo(side * w * 0.34f, neckTop);
            neck.QuadTo(side * w * 0.31f, neckBase - 12, side * w * 0.38f, neckBase);
            neck.QuadTo(side * w * 0.9f, neckBase + 6, side * w * 1.9f, neckBase + 26);
        }
        pencil.Stroke(neck);
        if (!s.Collar) return;
        // A V neckline with two small collar flaps.
        using var collar = new SKPath();
        collar.MoveTo(-w * 0.5f, neckBase + 2);
        collar.LineTo(0, neckBase + 24);
        collar.LineTo(w * 0.5f, neckBase + 2);
        foreach (var side in new[] { -1f, 1f })
        {
            collar.MoveTo(side * w * 0.5f, neckBase + 2);
            collar.LineTo(side * w * 0.62f, neckBase + 20);
            collar.LineTo(side * w * 0.12f, neckBase + 22);
        }
        pencil.Stroke(collar, 0.9f);
    }

    public static void DrawFace(Pencil pencil, FaceSpec s)
    {
        using var shape = FaceShape(s);
        pencil.Erase(shape);
        using var outline = new SKPath();
        outline.MoveTo(-s.HalfWidth, -40);
        AddJawSide(outline, s, -1);
        AddJawSideBack(outline, s);
        pencil.Stroke(outline, 1.15f);
        using var chinShadow = new SKPath();
        chinShadow.MoveTo(-s.HalfWidth * 0.2f, s.ChinY + 5);
        chinShadow.QuadTo(0, s.ChinY + 8, s.HalfWidth * 0.24f, s.ChinY + 4);
        pencil.Stroke(chinShadow, 0.45f, 0.8f);
        if (s.Ears) DrawEars(pencil, s);
    }

    private static void DrawEars(Pencil pencil, FaceSpec s)
    {
        foreach (var side in new[] { -1f, 1f })
        {
            var x = side * (s.HalfWidth - 1);
            using var ear = new SKPath();
            ear.MoveTo(x, -6);
            ear.CubicTo(x + side * 10, -12, x + side * 10, 12, x - side * 2, 16);
            pencil.Stroke(ear, 0.9f);
            using var inner = new SKPath();
            inner.MoveTo(x + side * 2, -2);
            inner.QuadTo(x + side * 6, 3, x + side * 2, 9);
            pencil.Stroke(inner, 0.5f);
        }
    }

    /// <summary>Left cheek from the temple down to the chin (side -1).</summary>
    private static void AddJawSide(SKPath path, FaceSpec s, float side)
    {
        float w = s.HalfWidth, c = s.ChinY, round = 1 - s.ChinSharpness;
        path.CubicTo(side * (w + 1), -5, side * w * 0.92f, c * 0.5f, side * w * 0.5f, c * 0.82f);
        path.CubicTo(side * w * 0.32f, c * 0.93f, side * (2 + 8 * round), c, 0, c);
    }

    /// <summary>Chin back up to the right temple: the mirror image of <see cref="AddJawSide"/>.</summary>
    private static void AddJawSideBack(SKPath path, FaceSpec s)
    {
        float w = s.HalfWidth, c = s.ChinY, round = 1 - s.ChinSharpness;
        path.CubicTo(2 + 8 * round, c, w * 0.32f, c * 0.93f, w * 0.5f, c * 0.82f);
        path.CubicTo(w * 0.92f, c * 0.5f, w + 1, -5, w, -40);
    }
}
