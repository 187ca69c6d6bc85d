using System.Text.RegularExpressions;
using Repro.Report.Tests.Synthetic;
using Xunit.Abstractions;

namespace Repro.Report.Tests.Browser;

[Collection(ReportCollection.Name)]
public partial class ReportInBrowserTests(ReportFixture fixture, ITestOutputHelper output)
{
    // Marks the body once the page has loaded: how many images, and the src of each that did not decode.
    private const string Probe = """
        <img src="assets/probe-missing.png" alt="probe: must be reported broken">
        <script>
        window.addEventListener('load', () => {
          const images = [...document.images];
          const broken = images.filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.getAttribute('src'));
          document.body.setAttribute('data-images', String(images.length));
          document.body.setAttribute('data-broken', broken.join(' '));
        });
        </script>
        """;

    [ChromiumFact]
    public void Every_Image_Of_The_Report_Should_Load()
    {
        var report = Path.Combine(fixture.BrowserDir, "report.html");
        var check = Path.Combine(fixture.BrowserDir, "report.check.html");
        File.WriteAllText(check, File.ReadAllText(report).Replace("</body>", Probe + "</body>", StringComparison.Ordinal));

        var dom = Chromium.Run(check, "--dump-dom", "--virtual-time-budget=15000");

        var images = int.Parse(Attribute(dom, "data-images"), System.Globalization.CultureInfo.InvariantCulture);
        var broken = Attribute(dom, "data-broken").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(images > 20, $"the page shows only {images} images");
        Assert.Equal(["assets/probe-missing.png"], broken); // the probe proves a broken image is detected
    }

    [ChromiumFact]
    public void Should_Save_A_Screenshot_Of_The_Report()
    {
        var screenshot = Path.Combine(AppContext.BaseDirectory, "report-screenshot.png");
        File.Delete(screenshot);

        Chromium.Run(Path.Combine(fixture.BrowserDir, "report.html"), $"--screenshot={screenshot}", "--window-size=1280,2400");

        Assert.True(new FileInfo(screenshot).Length > 50_000, "the screenshot is (nearly) empty");
        output.WriteLine($"screenshot: {screenshot}");
    }

    // Moves run1's slider to its first snapshot as a user would (input event), then records what the page shows.
    private const string SliderProbe = """
        <script>
        window.addEventListener('load', () => {
          const figure = document.getElementById('slider-run1');
          const range = figure.querySelector('input');
          document.body.setAttribute('data-before', figure.querySelector('img').getAttribute('src'));
          range.value = '0';
          range.dispatchEvent(new Event('input'));
          const image = figure.querySelector('img');
          document.body.setAttribute('data-after', image.getAttribute('src'));
          document.body.setAttribute('data-caption', figure.querySelector('figcaption').textContent.trim());
          document.body.setAttribute('data-loaded', String(image.complete));
          document.body.setAttribute('data-sliders', String(document.querySelectorAll('figure.snapshot-slider').length));
        });
        </script>
        """;

    [ChromiumFact]
    public void Should_Step_Each_Experiments_Snapshot_Slider_Through_Its_Grids()
    {
        var report = Path.Combine(fixture.BrowserDir, "report.html");
        var check = Path.Combine(fixture.BrowserDir, "report.slider.html");
        var html = File.ReadAllText(report);
        File.WriteAllText(check, html.Replace("</body>", SliderProbe + "</body>", StringComparison.Ordinal));
        var epochs = Regex.Match(html, "id=\"slider-run1\"[^>]*data-epochs=\"([^\"]*)\"").Groups[1].Value.Split(' ');

        var dom = Chromium.Run(check, "--dump-dom", "--virtual-time-budget=15000");

        Assert.Equal("3", Attribute(dom, "data-sliders"));
        Assert.Equal($"assets/run1/grids/grid-{int.Parse(epochs[^1], System.Globalization.CultureInfo.InvariantCulture):D6}.png", Attribute(dom, "data-before"));
        Assert.Equal($"assets/run1/grids/grid-{int.Parse(epochs[0], System.Globalization.CultureInfo.InvariantCulture):D6}.png", Attribute(dom, "data-after"));
        Assert.StartsWith($"run1: epoch {epochs[0]} (snapshot 1 of {epochs.Length});", Attribute(dom, "data-caption"), StringComparison.Ordinal);
        foreach (var epoch in epochs)   // every frame the slider can show is in the assets
            Assert.True(File.Exists(Path.Combine(fixture.BrowserDir, "assets", "run1", "grids", $"grid-{int.Parse(epoch, System.Globalization.CultureInfo.InvariantCulture):D6}.png")), epoch);
        Assert.DoesNotContain("snapshot-slider", File.ReadAllText(Path.Combine(fixture.BrowserDir, "report.md")).Replace("<!-- snapshot-slider: ", "", StringComparison.Ordinal));
    }

    [ChromiumFact]
    public void Should_Save_A_Screenshot_Of_A_Snapshot_Slider()
    {
        // The page's own stylesheet, run2's slider moved to its middle snapshot, and the page's script.
        var html = File.ReadAllText(Path.Combine(fixture.BrowserDir, "report.html"));
        var style = Regex.Match(html, "<style>.*?</style>", RegexOptions.Singleline).Value;
        var slider = Regex.Match(html, "<figure class=\"snapshot-slider\" id=\"slider-run2\".*?</figure>", RegexOptions.Singleline).Value;
        var script = Regex.Match(html, "<script>.*?</script>", RegexOptions.Singleline).Value;
        var page = Path.Combine(fixture.BrowserDir, "report.slider-shot.html");
        File.WriteAllText(page, $"<!DOCTYPE html><html><head><meta charset=\"utf-8\">{style}</head><body><main><h3>run2</h3>{slider}</main>{script}" +
            "<script>const r = document.querySelector('#slider-run2 input'); r.value = String(Math.floor(Number(r.max) / 2)); r.dispatchEvent(new Event('input'));</script></body></html>");
        var screenshot = Path.Combine(AppContext.BaseDirectory, "report-slider-screenshot.png");
        File.Delete(screenshot);

        Chromium.Run(page, $"--screenshot={screenshot}", "--window-size=800,700", "--virtual-time-budget=15000");

        Assert.NotEmpty(slider);
        Assert.True(new FileInfo(screenshot).Length > 20_000, "the screenshot is (nearly) empty");
        output.WriteLine($"screenshot: {screenshot}");
    }

    private static string Attribute(string dom, string name)
    {
        var match = Regex.Match(dom, $"{name}=\"([^\"]*)\"");
        Assert.True(match.Success, $"the page never ran its load handler ({name} missing)");
        return match.Groups[1].Value;
    }
}
