using System.Net;

namespace AutoPermits.Api.Tests;

/// <summary>The applicant's CPR number is checked, and never repeated back: it is personal data.</summary>
public sealed class ApplicantCprTests(AutoPermitsFactory factory) : IClassFixture<AutoPermitsFactory>
{
    [Theory]
    [InlineData("3213901234")]
    [InlineData("321390-1234")]
    [InlineData("01019012345")]
    [InlineData("290223abcd")]
    public async Task An_invalid_cpr_is_refused_without_repeating_it(string cpr)
    {
        var application = Checkout.Application("carport-exempt");
        application["applicant"]!["cpr"] = cpr;

        using var response = await factory.CreateClient().AssessAsync(application);

        await Problems.AssertInvalidAsync(response, "applicant.cpr");
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(cpr, body, StringComparison.Ordinal);
        Assert.DoesNotContain(cpr.Replace("-", string.Empty, StringComparison.Ordinal), body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0101901234")]
    [InlineData("010190-1234")]
    [InlineData("2902001234")]
    public async Task A_valid_cpr_is_accepted_and_not_repeated_in_the_assessment(string cpr)
    {
        var application = Checkout.Application("carport-exempt");
        application["applicant"]!["cpr"] = cpr;

        using var response = await factory.CreateClient().AssessAsync(application);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(cpr, body, StringComparison.Ordinal);
    }
}
