using Repro.Imaging;
using SkiaSharp;

namespace Repro.DataGen.Drawing;

/// <summary>Strokes that look drawn: a main anti-aliased line with a slight wobble (Skia's seeded discrete
/// path effect) plus a fainter, thinner second pass offset a fraction of a pixel, like a pencil going over
/// a line twice.</summary>
internal sealed class Pencil
{
    private readonly SKCanvas _canvas;
    private readonly SplitMix64 _random;
    private readonly float _weight;
    private readonly byte _ink;

    public Pencil(SKCanvas canvas, SplitMix64 random, float weight, byte ink)
    {
        _canvas = canvas;
        _random = random;
        _weight = weight;
        _ink = ink;
    }

    public void Stroke(SKPath path, float width = 1f, float wobble = 0.5f)
    {
        var w = Math.Max(0.6f, width * _weight);
        using var main = StrokePaint(w, 235, wobble);
        _canvas.DrawPath(path, main);
        using var second = StrokePaint(w * 0.55f, 110, wobble * 1.6f);
        _canvas.Save();
        _canvas.Translate(_random.Range(-0.7f, 0.7f), _random.Range(-0.7f, 0.7f));
        _canvas.DrawPath(path, second);
        _canvas.Restore();
    }

    public void Fill(SKPath path, byte gray, byte alpha = 255)
    {
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = new SKColor(gray, gray, gray, alpha) };
        _canvas.DrawPath(path, paint);
    }

    /// <summary>A soft paper-white band (the shine on dark hair), drawn only inside <paramref name="clip"/>.</summary>
    public void Shine(SKPath clip, SKPath band, float width)
    {
        _canvas.Save();
        _canvas.ClipPath(clip, SKClipOperation.Intersect, true);
        using var paint = StrokePaint(width, 255, 0.8f);
        paint.Color = new SKColor(255, 255, 255, 230);
        _canvas.DrawPath(band, paint);
        _canvas.Restore();
    }

    /// <summary>Fills with the paper colour: hides the lines under hair locks drawn in front.</summary>
    public void Erase(SKPath path) => Fill(path, 255);

    private SKPaint StrokePaint(float width, byte alpha, float wobble) => new()
    {
        IsAntialias = true,
        Style = SKPaintStyle.Stroke,
        StrokeCap = SKStrokeCap.Round,
        StrokeJoin = SKStrokeJoin.Round,
        StrokeWidth = width,
        Color = new SKColor(_ink, _ink, _ink, alpha),
        PathEffect = wobble > 0 ? SKPathEffect.CreateDiscrete(3.5f, wobble, (uint)_random.NextULong()) : null,
    };
}
