using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AutoPermits.Api.Tests;

/// <summary>Every worked example of the specification, sent over HTTP, is assessed as the specification says.</summary>
public sealed class SpecExampleTests(AutoPermitsFactory factory) : IClassFixture<AutoPermitsFactory>
{
    public static TheoryData<string> Examples() => new(Checkout.ExampleNames);

    [Fact]
    public void The_examples_are_found() =>
        Assert.Contains("carport-exempt", Checkout.ExampleNames);

    [Fact]
    public void The_examples_are_submitted_on_the_day_the_service_thinks_it_is() =>
        Assert.All(Checkout.ExampleNames, name => Assert.Equal(
            DateOnly.FromDateTime(AutoPermitsFactory.SubmissionDay.UtcDateTime),
            DateOnly.Parse(Checkout.Example(name)["submittedOn"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_is_assessed_as_the_specification_expects(string name)
    {
        var example = Checkout.Example(name);
        var expect = example["expect"]!.AsObject();

        using var response = await factory.CreateClient().AssessAsync(example["application"]!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var assessment = await response.JsonAsync();
        var outcome = expect["outcome"]!.GetValue<string>();
        Assert.Equal(outcome, assessment.GetProperty("outcome").GetString());
        Assert.Equal(expect["queue"]?.GetValue<string>(), NullableString(assessment.GetProperty("queue")));
        // The contract: automated is true for every outcome but manual.
        var automated = expect["automated"] is JsonNode given ? given.GetValue<bool>() : outcome != "manual";
        Assert.Equal(automated, assessment.GetProperty("automated").GetBoolean());
        var valuation = assessment.GetProperty("valuationDkk");
        if (expect["valuationDkk"] is JsonNode value)
        {
            Assert.Equal(value.GetValue<decimal>(), valuation.GetDecimal());
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, valuation.ValueKind);
        }
    }

    private static string? NullableString(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? null : value.GetString();
}
