using Repro.Contract;
using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Repro.StageHost;

/// <summary>What a stage's body sees: typed params, dep paths, the staging folder, provenance, cancellation.
/// The engine validates every param against the stage.json schema before any stage runs, so the getters only
/// check the JSON type (a request written by hand) and never restate a range or a list of values.</summary>
public sealed class StageContext
{
    private readonly SortedDictionary<string, string> _provenance = new(StringComparer.Ordinal);

    public StageContext(StageRequest request, CancellationToken cancellation)
    {
        Request = request;
        Cancellation = cancellation;
    }

    public StageRequest Request { get; }
    public CancellationToken Cancellation { get; }
    public string Stage => Request.Stage;
    public string? Experiment => Request.Experiment;
    public string Key => Request.Key;
    public string OutDir => Request.OutDir;
    public string? ResumeDir => Request.ResumeDir;

    /// <summary>"train@run1", or "report" for a stage that runs once.</summary>
    public string InstanceName => Experiment is null ? Stage : $"{Stage}@{Experiment}";

    public IReadOnlyDictionary<string, string> Provenance => _provenance;

    public string OutPath(params string[] parts) => Path.Combine([OutDir, .. parts]);

    public int GetInt(string key) => Get(key, JTokenType.Integer, "an integer", t => t.Value<int>());

    public long GetLong(string key) => Get(key, JTokenType.Integer, "an integer", t => t.Value<long>());

    public double GetDouble(string key)
    {
        var token = Token(key);
        return token.Type is JTokenType.Float or JTokenType.Integer
            ? token.Value<double>()
            : throw StageInputException.WrongParamType(key, "a number", Describe(token));
    }

    public bool GetBool(string key) => Get(key, JTokenType.Boolean, "true or false", t => t.Value<bool>());

    public string GetString(string key) => Get(key, JTokenType.String, "a string", t => t.Value<string>()!);

    /// <summary>A string param whose stage.json "values" are the enum's member names in lower case ("pad" ->
    /// FitMode.Pad). The engine has checked the value against "values"; this only maps it, so only a request
    /// written by hand can miss.</summary>
    public T GetEnum<T>(string key) where T : struct, Enum
    {
        var value = GetString(key);
        foreach (var member in Enum.GetValues<T>())
        {
            if (member.ToString().ToLowerInvariant() == value) return member;
        }
        var names = string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));
        throw StageInputException.WrongParamType(key, "one of " + names, Describe(Token(key)));
    }

    /// <summary>All params as a sorted dictionary of invariant strings (for manifests and reports).</summary>
    public SortedDictionary<string, JToken> AllParams() => new(Request.Params, StringComparer.Ordinal);

    public string Dep(string name) =>
        Request.Deps.TryGetValue(name, out var path) ? path : throw StageInputException.MissingDep(name);

    public IReadOnlyDictionary<string, string> DepsByExperiment(string name) =>
        Request.DepsByExperiment.TryGetValue(name, out var map)
            ? new SortedDictionary<string, string>(map, StringComparer.Ordinal)
            : throw StageInputException.MissingDep(name);

    /// <summary>Records an environment fact for the lock's provenance (device, threads, library versions).
    /// Provenance is never part of the key.</summary>
    public void SetProvenance(string name, object value) =>
        _provenance[name] = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    internal void WriteProvenance()
    {
        if (Request.ProvenanceFile is null) return;
        CanonicalJson.Write(Request.ProvenanceFile, JObject.FromObject(_provenance));
    }

    private T Get<T>(string key, JTokenType type, string expected, Func<JToken, T> read)
    {
        var token = Token(key);
        return token.Type == type ? read(token) : throw StageInputException.WrongParamType(key, expected, Describe(token));
    }

    private JToken Token(string key) =>
        Request.Params.TryGetValue(key, out var token) ? token : throw StageInputException.MissingParam(key);

    private static string Describe(JToken token) => $"{token.ToString(Formatting.None)} ({token.Type})";
}
