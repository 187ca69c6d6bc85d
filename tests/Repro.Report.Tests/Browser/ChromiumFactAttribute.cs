namespace Repro.Report.Tests.Browser;

/// <summary>A fact that is reported as skipped, with the reason, where headless Chromium is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null)
            Skip = "headless Chromium is not installed (apt-get install -y chromium; .ci/run does it): browser test skipped";
    }
}
