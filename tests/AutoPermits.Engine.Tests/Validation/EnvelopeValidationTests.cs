using System.Text.Json.Nodes;
using AutoPermits.Engine.Applications;
using static AutoPermits.Engine.Tests.Validation.Reading;

namespace AutoPermits.Engine.Tests.Validation;

/// <summary>The application envelope (spec/contract.md, "An application"): its JSON, its type and its data.</summary>
public sealed class EnvelopeValidationTests
{
    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"type\": }")]
    [InlineData("{\"type\": \"carport\",}")]
    [InlineData("{'type': 'carport'}")]
    [InlineData("{\"type\": \"carport\"} trailing")]
    public void Malformed_json_is_refused_at_the_root(string body)
    {
        var messages = RefusedAt(Read(body), "$");

        Assert.Contains(messages, m => m.Contains("not valid JSON", StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_json_does_not_quote_the_body_back()
    {
        var messages = RefusedAt(Read("{\"applicant\": {\"cpr\": \"0101901234\"}, \"description\": \"hemmelig"), "$");

        Assert.DoesNotContain(messages, m => m.Contains("0101901234", StringComparison.Ordinal) || m.Contains("hemmelig", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[{\"type\": \"carport\"}]")]
    [InlineData("\"carport\"")]
    [InlineData("42")]
    [InlineData("true")]
    [InlineData("null")]
    public void A_body_that_is_not_an_object_is_refused_at_the_root(string body)
    {
        var messages = RefusedAt(Read(body), "$");

        Assert.Contains(messages, m => m.Contains("object", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_type_is_required()
    {
        var application = Samples.Carport();
        application.Remove("type");

        Assert.Equal(["is required"], RefusedAt(Read(application), "type"));
    }

    [Fact]
    public void A_null_type_is_required()
    {
        var application = Samples.Carport();
        application["type"] = null;

        Assert.Equal(["is required"], RefusedAt(Read(application), "type"));
    }

    [Fact]
    public void A_type_that_is_not_a_string_is_refused()
    {
        var application = Samples.Carport();
        application["type"] = 1;

        RefusedAt(Read(application), "type");
    }

    [Theory]
    [InlineData("garage")]
    [InlineData("Carport")]
    [InlineData("")]
    public void An_unknown_type_is_refused_with_a_list_of_the_known_ones(string type)
    {
        var application = Samples.Carport();
        application["type"] = type;

        var message = Assert.Single(RefusedAt(Read(application), "type"));

        Assert.NotEmpty(TestEngine.Shared.Catalogue.Names);
        Assert.All(TestEngine.Shared.Catalogue.Names, known => Assert.Contains(known, message, StringComparison.Ordinal));
        Assert.Contains("carport", message, StringComparison.Ordinal);
        Assert.Contains("vehicle-valuation", message, StringComparison.Ordinal);
        Assert.Contains("housing-benefit", message, StringComparison.Ordinal);
        Assert.Contains("general-inquiry", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("carport")]
    [InlineData("vehicle-valuation")]
    [InlineData("housing-benefit")]
    [InlineData("general-inquiry")]
    public void Missing_data_is_required(string type)
    {
        var application = Samples.Carport();
        application["type"] = type;
        application.Remove("data");

        Assert.Equal(["is required"], RefusedAt(Read(application), "data"));
    }

    [Fact]
    public void Null_data_is_required()
    {
        var application = Samples.Carport();
        application["data"] = null;

        Assert.Equal(["is required"], RefusedAt(Read(application), "data"));
    }

    public static TheoryData<string, string> DataThatIsNotAnObject => new()
    {
        { "carport", "[]" },
        { "carport", "\"propertyType=detached\"" },
        { "vehicle-valuation", "[{\"vin\": \"WVWZZZ1KZ9W123456\"}]" },
        { "housing-benefit", "[1, 2, 3]" },
        { "housing-benefit", "6500" },
        { "general-inquiry", "true" },
    };

    [Theory]
    [MemberData(nameof(DataThatIsNotAnObject))]
    public void Data_that_is_not_an_object_is_refused(string type, string data)
    {
        var application = Samples.Carport();
        application["type"] = type;
        application["data"] = JsonNode.Parse(data);

        RefusedAt(Read(application), "data");
    }

    [Fact]
    public void Request_human_review_must_be_true_or_false()
    {
        var application = Samples.Carport();
        application["requestHumanReview"] = "yes";

        RefusedAt(Read(application), "requestHumanReview");
    }

    [Fact]
    public void Registry_lookup_consent_must_be_true_or_false()
    {
        var application = Samples.Carport();
        application["consents"]!["registryLookup"] = 1;

        RefusedAt(Read(application), "consents.registryLookup");
    }

    [Fact]
    public void Consents_must_be_an_object()
    {
        var application = Samples.Carport();
        application["consents"] = "all";

        RefusedAt(Read(application), "consents");
    }

    [Fact]
    public void Only_type_and_data_are_needed()
    {
        var read = Read("""{"type": "carport", "data": """ + Samples.Carport()["data"]!.ToJsonString() + "}");

        var application = Accepted(read);
        Assert.Null(application.Applicant);
        Assert.Equal(string.Empty, application.Description);
        Assert.False(application.RequestHumanReview);
        Assert.False(application.Consents.RegistryLookup);
    }

    [Fact]
    public void The_envelope_fields_sent_are_kept()
    {
        var application = Samples.Carport();
        application["requestHumanReview"] = true;
        application["consents"]!["registryLookup"] = false;

        var read = Accepted(Read(application));

        Assert.Equal("carport", read.Type);
        Assert.True(read.RequestHumanReview);
        Assert.False(read.Consents.RegistryLookup);
        Assert.Equal("Åben carport i træ med tagpap.", read.Description);
        Assert.Equal(new Applicant("0101901234", "Anne Jensen", "anne@example.dk"), read.Applicant);
    }
}
