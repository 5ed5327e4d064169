using System.Text.Json.Nodes;
using static AutoPermits.Engine.Tests.Applications.ReadingAssert;

namespace AutoPermits.Engine.Tests.Applications;

/// <summary>spec/contract.md, "An application": the envelope every type shares.</summary>
public sealed class EnvelopeReadingTests
{
    [Theory]
    [InlineData("{ not json")]
    [InlineData("")]
    [InlineData("{\"type\": \"carport\",}")]
    public void Malformed_json_is_refused_at_the_root(string body)
    {
        var errors = Refused(TestEngine.Shared.Read(body), "$");
        Assert.Contains("not valid JSON", errors["$"][0]);
    }

    [Theory]
    [InlineData("{\"type\": \"carport\", \"type\": \"vehicle-valuation\", \"data\": {}}")]
    [InlineData("{\"type\": \"carport\", \"data\": {\"areaM2\": 30, \"areaM2\": 300}}")]
    public void A_field_given_twice_is_refused_at_the_root(string body)
    {
        var errors = Refused(TestEngine.Shared.Read(body), "$");
        Assert.Contains("names a field twice", errors["$"][0]);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"carport\"")]
    [InlineData("null")]
    [InlineData("42")]
    public void A_body_that_is_not_an_object_is_refused(string body) => Refused(TestEngine.Shared.Read(body), "$");

    [Fact]
    public void An_unknown_type_is_refused_with_the_list_of_known_types()
    {
        var application = Samples.Carport();
        application["type"] = "swimming-pool";

        var errors = Refused(Read(application), "type");

        foreach (var known in new[] { "carport", "vehicle-valuation", "housing-benefit", "general-inquiry" })
        {
            Assert.Contains(known, errors["type"][0]);
        }
    }

    [Fact]
    public void Type_and_data_are_required()
    {
        var read = TestEngine.Shared.Read("{}");
        var errors = Refused(read, "type", "data");
        Assert.Equal("is required", errors["type"][0]);
    }

    [Fact]
    public void Data_must_be_an_object()
    {
        var application = Samples.Carport();
        application["data"] = new JsonArray();
        Refused(Read(application), "data");
    }

    [Fact]
    public void Wrong_json_types_in_the_envelope_are_named()
    {
        var application = Samples.Carport();
        application["description"] = 12;
        application["requestHumanReview"] = "yes";
        application["consents"] = new JsonObject { ["registryLookup"] = "sure" };
        application["applicant"] = "Anne";

        Refused(Read(application), "description", "requestHumanReview", "consents.registryLookup", "applicant");
    }

    [Fact]
    public void A_description_may_be_4000_characters_but_not_4001()
    {
        var longest = Samples.Carport();
        longest["description"] = new string('a', 4000);
        var tooLong = Samples.Carport();
        tooLong["description"] = new string('a', 4001);

        Accepted(Read(longest));
        Refused(Read(tooLong), "description");
    }

    [Fact]
    public void Description_applicant_consents_and_human_review_may_be_left_out()
    {
        var application = new JsonObject { ["type"] = "carport", ["data"] = Samples.Carport()["data"]!.DeepClone() };

        var read = Accepted(Read(application));

        Assert.Equal(string.Empty, read.Description);
        Assert.Null(read.Applicant);
        Assert.False(read.RequestHumanReview);
        Assert.False(read.Consents.RegistryLookup);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_even_when_some_fields_cannot_be_read()
    {
        var application = Samples.Carport(d =>
        {
            d["heightM"] = "high";
            d["areaM2"] = -4;
            d.Remove("zone");
            d["roofing"] = "straw";
        });
        application["applicant"]!["cpr"] = "3213901234";

        var errors = Refused(Read(application), "data.heightM", "data.areaM2", "data.zone", "data.roofing", "applicant.cpr");

        Assert.Equal("must be a number", errors["data.heightM"][0]);
        Assert.Equal("is required", errors["data.zone"][0]);
    }
}
