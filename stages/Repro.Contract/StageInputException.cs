namespace Repro.Contract;

/// <summary>Bad input a user can fix (a broken image, an impossible param combination): exit code 2.
/// Messages say what failed, where, and what to do next.</summary>
public sealed class StageInputException : Exception
{
    public StageInputException(string message) : base(message) { }

    public static StageInputException BadRequest(string path, string why) =>
        new($"Cannot read the stage request '{path}': {why}. Run stages through 'repro', not directly.");

    public static StageInputException MissingParam(string key) =>
        new($"The stage request has no param '{key}'. Declare it in the stage's stage.json \"params\".");

    public static StageInputException WrongParamType(string key, string expected, string actual) =>
        new($"Param '{key}' should be {expected} but is {actual}.");

    public static StageInputException MissingDep(string name) =>
        new($"The stage request has no dep '{name}'. Declare it in the stage's stage.json \"deps\".");
}
