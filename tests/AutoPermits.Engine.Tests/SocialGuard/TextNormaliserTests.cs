using AutoPermits.Engine.Triage;

namespace AutoPermits.Engine.Tests.SocialGuard;

public sealed class TextNormaliserTests
{
    [Theory]
    [InlineData("Kørestolen", "koerestolen")]
    [InlineData("KØRESTOL", "koerestol")]
    [InlineData("Ældre på plejehjem", "aeldre paa plejehjem")]
    [InlineData("Ærø, Åbenrå", "aeroe aabenraa")]
    [InlineData("§114, stk. 1", "§ 114 stk 1")]
    [InlineData("  hello -- world!  ", "hello world")]
    [InlineData("café naïve", "cafe naive")]
    [InlineData("kids' bikes", "kids bikes")]
    public void Case_Danish_letters_accents_and_punctuation_are_folded(string text, string expected) =>
        Assert.Equal(expected, TextNormaliser.Normalise(text));

    [Fact]
    public void Decomposed_letters_fold_like_composed_ones() =>
        Assert.Equal(TextNormaliser.Normalise("kørestol på"), TextNormaliser.Normalise("kørestol pa\u030A"));
}
