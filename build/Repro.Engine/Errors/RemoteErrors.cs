namespace Repro.Engine.Errors;

/// <summary>Messages for remotes: the URL or endpoint, what went wrong, what to do. Bad configuration and
/// refused credentials are bad input (2); a remote that cannot be reached or serves damaged data fails the
/// command like a stage (4). Nothing local is changed by a failed transfer.</summary>
internal static class RemoteErrors
{
    public static ReproException BadUrl(string url, string why) =>
        new(ExitCode.BadInput, $"Remote URL '{url}' is not usable: {why}. Use {Remotes.RemoteUrl.Schemes}.");

    public static ReproException UnknownRemote(string name, IEnumerable<string> known) =>
        new(ExitCode.BadInput, $"No remote '{name}' in .repro/config.json or .repro/config.local.json. Remotes: " +
            $"{(known.Any() ? string.Join(", ", known.Order(StringComparer.Ordinal)) : "(none; add one with 'repro remote add NAME URL')")}.");

    public static ReproException NoRemote() =>
        new(ExitCode.BadInput, "No remote given and no default remote configured. Add one with 'repro remote add NAME URL --default' or pass --remote NAME.");

    public static ReproException DuplicateRemote(string name) =>
        new(ExitCode.BadInput, $"Remote '{name}' already exists. Remove it first ('repro remote remove {name}') to change its URL.");

    public static ReproException BadName(string name) =>
        new(ExitCode.BadInput, $"Remote name '{name}' is not usable: use letters, digits, '-' and '_'.");

    public static ReproException BadConfig(string file, string why) =>
        new(ExitCode.BadInput, $"{file} is not a valid remote configuration: {why}. Fix or delete it.");

    public static ReproException NoCredentials(string remote, string variables, string why) =>
        new(ExitCode.BadInput, $"No credentials for remote {remote}: set {variables} ({why}).");

    public static ReproException Refused(string remote, string variables, string why) =>
        new(ExitCode.BadInput, $"Remote {remote} refused the credentials ({why}). Check {variables}.");

    public static ReproException NoContainer(string remote, string what) =>
        new(ExitCode.BadInput, $"Remote {remote}: the {what} does not exist. Create it, or fix the URL with 'repro remote remove' and 'repro remote add'.");

    public static ReproException Unreachable(string remote, string why) =>
        new(ExitCode.StageFailed, $"Remote {remote} cannot be reached: {why}. Check the URL, the endpoint and the network; nothing local was changed.");

    public static ReproException Corrupt(string remote, string name) =>
        new(ExitCode.StageFailed, $"Remote {remote}: '{name}' does not hash to its name after two downloads (damaged on the remote). " +
            "It was not used; push it again from a machine that has it.");
}
