using System.Text.Json.Nodes;
using AutoPermits.Engine.Assessments;

namespace AutoPermits.Engine.Tests;

/// <summary>Every worked example of the specification gives the assessment the specification predicts.</summary>
public sealed class SpecExampleTests
{
    public static TheoryData<string> Examples() =>
        new(Directory.GetFiles(Path.Combine(Repository.Samples, "examples"), "*.json").Select(Path.GetFileNameWithoutExtension).Order()!);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_gives_the_expected_assessment(string name)
    {
        var example = Samples.Example(name);
        var expect = example["expect"]!.AsObject();
        var day = DateOnly.Parse(example["submittedOn"]!.GetValue<string>());

        var assessment = await TestEngine.Shared.AssessAsync(example["application"]!, day);

        Assert.Equal(expect["outcome"]!.GetValue<string>(), Kebab(assessment.Outcome));
        Assert.Equal(expect["queue"]?.GetValue<string>(), assessment.Queue);
        if (expect["automated"] is JsonNode automated) Assert.Equal(automated.GetValue<bool>(), assessment.Automated);
        if (expect["valuationDkk"] is JsonNode value) Assert.Equal(value.GetValue<decimal>(), assessment.ValuationDkk);
        Assert.NotEmpty(assessment.Reasons);
        Assert.All(assessment.Reasons, r => Assert.False(string.IsNullOrWhiteSpace(r.LegalBasis)));
    }

    internal static string Kebab(Outcome outcome) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(outcome.ToString());
}
