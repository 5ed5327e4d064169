using System.Net;

namespace AutoPermits.Api.Tests;

/// <summary>The citizen reads the reasons in Danish when the browser asks for Danish, and in English otherwise.</summary>
public sealed class CitizenLanguageTests(AutoPermitsFactory factory) : IClassFixture<AutoPermitsFactory>
{
    [Theory]
    [InlineData(null, "building permit")]
    [InlineData("en", "building permit")]
    [InlineData("da", "byggetilladelse")]
    [InlineData("da-DK,da;q=0.9,en;q=0.8", "byggetilladelse")]
    [InlineData("de", "building permit")]
    public async Task The_exempt_carport_is_explained_in_the_language_asked_for(string? acceptLanguage, string expected)
    {
        using var response = await factory.CreateClient().AssessAsync(Checkout.Application("carport-exempt"), acceptLanguage);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reason = Assert.Single((await response.JsonAsync()).GetProperty("reasons").EnumerateArray());
        Assert.Contains(expected, reason.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
