using System.Globalization;
using System.Net;

namespace AutoPermits.Api.Tests;

/// <summary>Anonymous assessments are limited per client and minute (<c>AutoPermits:RateLimits:AssessmentsPerMinute</c>).</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task The_request_past_the_limit_is_told_when_to_come_back()
    {
        await using var factory = new AutoPermitsFactory().With("AutoPermits:RateLimits:AssessmentsPerMinute", "3");
        var client = factory.CreateClient();

        for (var i = 1; i <= 3; i++)
        {
            using var allowed = await client.AssessAsync(Checkout.Application("carport-exempt"));
            Assert.True(allowed.StatusCode == HttpStatusCode.OK, $"Request {i} of 3 answered {(int)allowed.StatusCode}");
        }
        using var refused = await client.AssessAsync(Checkout.Application("carport-exempt"));

        await Problems.AssertProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.True(refused.Headers.TryGetValues("Retry-After", out var values), "No Retry-After header");
        var retryAfter = int.Parse(Assert.Single(values), NumberStyles.None, CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
    }

    [Fact]
    public async Task The_default_limit_does_not_stop_an_ordinary_caller()
    {
        await using var factory = new AutoPermitsFactory();
        var client = factory.CreateClient();

        for (var i = 1; i <= 10; i++)
        {
            using var response = await client.AssessAsync(Checkout.Application("carport-exempt"));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"Request {i} answered {(int)response.StatusCode}");
        }
    }
}
