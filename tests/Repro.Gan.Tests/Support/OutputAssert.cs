namespace Repro.Gan.Tests.Support;

internal static class OutputAssert
{
    public static void Identical(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (name, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(actual[name]), $"'{name}' differs");
    }
}
