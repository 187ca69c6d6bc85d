namespace Repro.Engine.Params;

/// <summary>params.json's `"defaultProfile": { "cuda": "seed", "otherwise": "quick" }`: the profile used without
/// --profile, by whether CUDA can really be used (<see cref="DefaultProfile"/>). "cuda" is optional.</summary>
internal sealed record DefaultProfileRule(string? Cuda, string Otherwise)
{
    public static DefaultProfileRule? Read(JToken? token, IEnumerable<string> profiles, List<string> problems)
    {
        if (token is null) return null;
        var known = profiles.ToList();
        string? Name(string field)
        {
            var value = token[field];
            if (value is null) return null;
            if (value is JValue { Type: JTokenType.String } v && known.Contains((string)v!)) return (string)v!;
            problems.Add($"defaultProfile.{field}: {value.ToString(Newtonsoft.Json.Formatting.None)} is not a profile; profiles are {string.Join(", ", known)}");
            return null;
        }
        if (token is not JObject obj || obj.Properties().Any(p => p.Name is not ("cuda" or "otherwise")))
        {
            problems.Add("defaultProfile: must be { \"cuda\": PROFILE, \"otherwise\": PROFILE } (\"cuda\" optional)");
            return null;
        }
        var otherwise = Name("otherwise");
        if (obj["otherwise"] is null) problems.Add("defaultProfile.otherwise: missing; name the profile used without CUDA");
        var cuda = Name("cuda");
        return otherwise is null ? null : new DefaultProfileRule(cuda, otherwise);
    }
}
