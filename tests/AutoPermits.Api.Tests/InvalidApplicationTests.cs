using System.Text.Json.Nodes;

namespace AutoPermits.Api.Tests;

/// <summary>
/// Bad input is answered 400 with a problem document whose <c>errors</c> name every bad field by its JSON path,
/// all at once, so the citizen can correct everything in one go.
/// </summary>
public sealed class InvalidApplicationTests(AutoPermitsFactory factory) : IClassFixture<AutoPermitsFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Malformed_json_is_reported_at_the_root()
    {
        using var response = await _client.AssessAsync("{\"type\": \"carport\", \"data\": {");

        await Problems.AssertInvalidAsync(response, "$");
    }

    [Fact]
    public async Task A_json_array_is_not_an_application()
    {
        using var response = await _client.AssessAsync(new JsonArray(Checkout.Application("carport-exempt")));

        await Problems.AssertInvalidAsync(response, "$");
    }

    [Fact]
    public async Task An_empty_body_is_reported_at_the_root()
    {
        using var response = await _client.AssessAsync(string.Empty);

        await Problems.AssertInvalidAsync(response, "$");
    }

    [Fact]
    public async Task An_unknown_type_is_refused_with_the_list_of_known_types()
    {
        var application = Checkout.Application("carport-exempt");
        application["type"] = "garden-shed";

        using var response = await _client.AssessAsync(application);

        var errors = await Problems.AssertInvalidAsync(response, "type");
        var message = Problems.MessagesFor(errors, "type");
        Assert.Contains("carport", message, StringComparison.Ordinal);
        Assert.Contains("vehicle-valuation", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_bad_carport_field_is_reported_at_once()
    {
        var application = Checkout.Application("carport-exempt");
        var data = application["data"]!.AsObject();
        data["heightM"] = "high";
        data["areaM2"] = -4;
        data.Remove("zone");

        using var response = await _client.AssessAsync(application);

        await Problems.AssertInvalidAsync(response, "data.heightM", "data.areaM2", "data.zone");
    }

    [Fact]
    public async Task Out_of_range_carport_values_are_reported_together_when_every_field_has_its_type()
    {
        var application = Checkout.Application("carport-exempt");
        var data = application["data"]!.AsObject();
        data["heightM"] = 0;
        data["areaM2"] = -4;
        data["zone"] = "moon";

        using var response = await _client.AssessAsync(application);

        await Problems.AssertInvalidAsync(response, "data.heightM", "data.areaM2", "data.zone");
    }

    [Fact]
    public async Task A_comparable_advertisement_is_named_by_its_index()
    {
        var application = Checkout.Application("vehicle-valued");
        application["data"]!["comparables"]![2]!["seller"] = "auction";

        using var response = await _client.AssessAsync(application);

        await Problems.AssertInvalidAsync(response, "data.comparables[2].seller");
    }

    [Fact]
    public async Task A_description_of_4001_characters_is_too_long()
    {
        var application = Checkout.Application("carport-exempt");
        application["description"] = new string('a', 4001);

        using var response = await _client.AssessAsync(application);

        await Problems.AssertInvalidAsync(response, "description");
    }

    [Fact]
    public async Task A_description_of_4000_characters_is_accepted()
    {
        var application = Checkout.Application("carport-exempt");
        application["description"] = new string('a', 4000);

        using var response = await _client.AssessAsync(application);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
