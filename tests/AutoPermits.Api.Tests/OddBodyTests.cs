using System.Net;

namespace AutoPermits.Api.Tests;

/// <summary>Whatever a client sends, the answer is a 400 problem document, never a server error.</summary>
public sealed class OddBodyTests(AutoPermitsFactory factory) : IClassFixture<AutoPermitsFactory>
{
    private static readonly Dictionary<string, string> Bodies = new(StringComparer.Ordinal)
    {
        ["null"] = "null",
        ["a number"] = "0",
        ["a string"] = "\"text\"",
        ["an empty object"] = "{}",
        ["a null type"] = "{\"type\":null}",
        ["carport data as an array"] = "{\"type\":\"carport\",\"data\":[]}",
        ["arrays nested 5000 levels"] = "{\"type\":\"carport\",\"data\":" + new string('[', 5000) + new string(']', 5000) + "}",
        ["areaM2 of 1e400"] = WithRawValue("carport-exempt", "areaM2", "1e400"),
        ["a 200-character unknown type"] = "{\"type\":\"" + new string('x', 200) + "\",\"data\":{}}",
        ["comparables as an object"] = WithRawValue("vehicle-valued", "comparables", "{\"priceDkk\":150000}"),
    };

    public static TheoryData<string> Cases() => new(Bodies.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_odd_body_is_a_bad_request(string body)
    {
        using var response = await factory.CreateClient().AssessAsync(Bodies[body]);

        Assert.True((int)response.StatusCode < 500, $"A server error is a bug: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    /// <summary>An example application with one data field replaced by raw JSON text.</summary>
    private static string WithRawValue(string example, string field, string rawJson)
    {
        var application = Checkout.Application(example);
        application["data"]![field] = "@@replace@@";
        var json = application.ToJsonString();
        return json.Replace("\"@@replace@@\"", rawJson, StringComparison.Ordinal);
    }
}
