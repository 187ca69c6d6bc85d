namespace Repro.Engine.Reporting;

/// <summary>The end-of-run summary, printed as a table and written as outputs/.repro/last-run.json.</summary>
public sealed class RunReport
{
    private readonly List<InstanceResult> _results = [];

    public RunReport(string profile) => Profile = profile;

    public string Profile { get; }

    public IReadOnlyList<InstanceResult> Results => _results;

    public void Add(InstanceResult result) => _results.Add(result);

    public Outcome? OutcomeOf(string instance) => _results.FirstOrDefault(r => r.Instance == instance)?.Outcome;

    public string ToJson() => CanonicalJson.Serialize(new JObject
    {
        ["profile"] = Profile,
        ["instances"] = new JArray(_results.Select(r => new JObject
        {
            ["instance"] = r.Instance,
            ["outcome"] = r.Outcome.ToString().ToLowerInvariant(),
            ["reason"] = r.Reason,
            ["seconds"] = Math.Round(r.Duration.TotalSeconds, 3),
        })),
    });
}
