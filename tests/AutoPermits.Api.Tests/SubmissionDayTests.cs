using System.Net;

namespace AutoPermits.Api.Tests;

/// <summary>The service judges an application on the day it is submitted, as its clock tells it.</summary>
public sealed class SubmissionDayTests
{
    [Fact]
    public async Task An_inspection_more_than_28_days_old_on_the_submission_day_needs_a_new_one()
    {
        await using var factory = new AutoPermitsFactory();
        factory.Clock.Advance(TimeSpan.FromDays(46));

        using var response = await factory.CreateClient().AssessAsync(Checkout.Application("vehicle-valued"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("needs-info", (await response.JsonAsync()).GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task An_inspection_after_the_submission_day_is_in_the_future()
    {
        await using var factory = AutoPermitsFactory.At(new DateTimeOffset(2026, 11, 10, 10, 0, 0, TimeSpan.Zero));

        using var response = await factory.CreateClient().AssessAsync(Checkout.Application("vehicle-valued"));

        await Problems.AssertInvalidAsync(response, "data.inspectionDate");
    }

    [Fact]
    public async Task The_submission_day_is_the_day_in_Copenhagen_not_in_UTC()
    {
        // 23:30 UTC on 14 November is 00:30 on 15 November in Copenhagen: an inspection on the 15th is today's.
        await using var factory = AutoPermitsFactory.At(new DateTimeOffset(2026, 11, 14, 23, 30, 0, TimeSpan.Zero));

        using var response = await factory.CreateClient().AssessAsync(Checkout.Application("vehicle-valued"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("valued", (await response.JsonAsync()).GetProperty("outcome").GetString());
    }
}
