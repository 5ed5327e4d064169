using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using static AutoPermits.Engine.Tests.Validation.Reading;

namespace AutoPermits.Engine.Tests.Validation;

/// <summary>Social and general types accept any JSON object as <c>data</c>, up to 32 KiB (spec/contract.md).</summary>
public sealed class FreeFormDataTests
{
    private const int Limit = 32 * 1024;

    public static TheoryData<string> FreeFormTypes =>
        new("housing-benefit", "disability-aid", "cash-assistance", "child-welfare", "home-care", "general-inquiry");

    private static JsonObject Social(string type, JsonNode? data)
    {
        var application = Samples.Application("social-type");
        application["type"] = type;
        application["data"] = data;
        return application;
    }

    /// <summary>A data object whose compact JSON is exactly <paramref name="bytes"/> bytes of UTF-8.</summary>
    private static JsonObject DataOfSize(int bytes)
    {
        const int Overhead = 11; // {"text":""}
        var data = new JsonObject { ["text"] = new string('a', bytes - Overhead) };
        Assert.Equal(bytes, Encoding.UTF8.GetByteCount(data.ToJsonString()));
        return data;
    }

    [Fact]
    public void The_spec_example_is_accepted_without_a_form()
    {
        var application = Accepted(Read(Samples.Application("social-type")));

        Assert.Equal("housing-benefit", application.Type);
        Assert.Null(application.Form);
        Assert.Equal(6500, application.Data.GetProperty("rentDkk").GetInt32());
    }

    [Theory]
    [MemberData(nameof(FreeFormTypes))]
    public void Any_json_object_is_accepted_and_kept_as_sent(string type)
    {
        var data = JsonNode.Parse("""
            {
              "rentDkk": "6.500 kr",
              "children": [{"age": 4}, {"age": 7}],
              "heightM": "very",
              "vin": 12,
              "comparables": {"a": null},
              "nested": {"deeper": {"deepest": [true, false, null, 1.5e3]}}
            }
            """);

        var application = Accepted(Read(Social(type, data)));

        Assert.Null(application.Form);
        Assert.True(JsonNode.DeepEquals(data, JsonNode.Parse(application.Data.GetRawText())));
    }

    [Theory]
    [MemberData(nameof(FreeFormTypes))]
    public void An_empty_object_is_accepted(string type)
    {
        Assert.Equal(JsonValueKind.Object, Accepted(Read(Social(type, new JsonObject()))).Data.ValueKind);
    }

    [Theory]
    [InlineData("housing-benefit")]
    [InlineData("general-inquiry")]
    public void Data_of_exactly_32_KiB_is_accepted(string type)
    {
        Accepted(Read(Social(type, DataOfSize(Limit))));
    }

    [Theory]
    [InlineData("housing-benefit")]
    [InlineData("general-inquiry")]
    public void Data_over_32_KiB_is_refused_at_data(string type)
    {
        var message = Assert.Single(RefusedAt(Read(Social(type, DataOfSize(Limit + 1))), "data"));
        Assert.Contains("32 KiB", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_far_over_32_KiB_is_refused_at_data()
    {
        RefusedAt(Read(Social("child-welfare", DataOfSize(200 * 1024))), "data");
    }

    [Theory]
    [InlineData("housing-benefit", "[]")]
    [InlineData("general-inquiry", "\"Jeg har et spørgsmål\"")]
    [InlineData("home-care", "42")]
    public void Data_that_is_not_an_object_is_refused(string type, string data)
    {
        RefusedAt(Read(Social(type, JsonNode.Parse(data))), "data");
    }

    [Fact]
    public void Envelope_rules_still_apply_to_a_social_application()
    {
        var application = Social("housing-benefit", new JsonObject { ["rentDkk"] = 6500 });
        application["applicant"]!["cpr"] = "3201901234";
        application["description"] = new string('a', 4_001);

        Refused(Read(application), "applicant.cpr", "description");
    }
}
