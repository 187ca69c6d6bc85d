namespace Repro.DataGen.Faces;

/// <summary>What the eyes, brows and mouth do together.</summary>
internal enum Expression
{
    Neutral,
    Smile,
    Laugh,
    Surprised,
    Angry,
    Sad,
    Sleepy,
    Wink,
}
