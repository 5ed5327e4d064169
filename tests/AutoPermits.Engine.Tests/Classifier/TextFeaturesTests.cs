using AutoPermits.Engine.Triage;
using AutoPermits.Engine.Triage.Classifier;

namespace AutoPermits.Engine.Tests.Classifier;

/// <summary>The features the model is trained on are the features it is scored on.</summary>
public sealed class TextFeaturesTests
{
    public static TheoryData<string> Texts() => new(
        "",
        "kørestol",
        "Vi har brug for en bred carport, fordi min kone sidder i kørestol.",
        "My daughter can no longer walk to the car since her accident",
        string.Join(" ", Enumerable.Repeat("carport med redskabsrum og plads til cykler", 40)));

    [Theory]
    [MemberData(nameof(Texts))]
    public void Scoring_without_allocation_matches_the_training_vector(string text)
    {
        var normalised = TextNormaliser.Normalise(text);
        var random = new Random(7);
        var weights = Enumerable.Range(0, TextFeatures.Buckets).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();

        var vector = TextFeatures.Of(normalised);
        var expected = vector.Sum(f => weights[f.Key] * f.Value);

        Assert.Equal(expected, TextFeatures.Dot(normalised, weights), precision: 4);
    }

    [Fact]
    public void The_vector_has_unit_length_and_sees_inside_compounds()
    {
        var compound = TextFeatures.Of(TextNormaliser.Normalise("kørestolsrampe"));
        var word = TextFeatures.Of(TextNormaliser.Normalise("kørestol"));

        Assert.Equal(1.0, Math.Sqrt(compound.Values.Sum(v => (double)v * v)), precision: 5);
        Assert.True(word.Keys.Intersect(compound.Keys).Count() > word.Count / 2);
    }
}
