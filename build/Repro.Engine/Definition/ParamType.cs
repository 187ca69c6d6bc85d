namespace Repro.Engine.Definition;

/// <summary>The value types a stage.json schema can declare for a param.</summary>
internal enum ParamType
{
    Int,
    Number,
    Bool,
    String,
    Path,
}
