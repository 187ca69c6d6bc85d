namespace Repro.Engine.Remotes;

/// <summary>One configured remote: its name, URL and, for S3-compatible stores and emulators, an endpoint.</summary>
internal sealed record RemoteDefinition(string Name, string Url, string? Endpoint);
