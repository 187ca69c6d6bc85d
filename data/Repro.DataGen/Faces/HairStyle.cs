namespace Repro.DataGen.Faces;

internal enum HairStyle
{
    Short,
    Spiky,
    Bob,
    Long,
    Ponytail,
    Twintails,
}
