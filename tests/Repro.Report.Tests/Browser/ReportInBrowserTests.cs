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

    private static string Attribute(string dom, string name)
    {
        var match = Regex.Match(dom, $"{name}=\"([^\"]*)\"");
        Assert.True(match.Success, $"the page never ran its load handler ({name} missing)");
        return match.Groups[1].Value;
    }
}
