using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace AutoPermits.Api.Tests;

/// <summary>A body larger than <c>AutoPermits:MaxBodyBytes</c> (256 KiB by default) is refused unread with 413.</summary>
public sealed class BodySizeTests(AutoPermitsFactory factory) : IClassFixture<AutoPermitsFactory>
{
    private const int DefaultLimit = 256 * 1024;

    [Fact]
    public async Task A_body_declared_larger_than_the_limit_is_too_large()
    {
        using var response = await factory.CreateClient().AssessAsync(Inquiry(DefaultLimit + 1));

        await Problems.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_body_streamed_without_a_length_past_the_limit_is_too_large()
    {
        using var response = await factory.CreateClient().AssessAsync(AssessmentRequests.Unsized(Encoding.UTF8.GetBytes(Inquiry(DefaultLimit + 1))));

        await Problems.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_body_just_under_the_limit_is_read_and_judged_on_its_content()
    {
        using var response = await factory.CreateClient().AssessAsync(Inquiry(DefaultLimit - 1));

        // Read, then refused for data over 32 KiB: a 400 that names the field, not a 413.
        await Problems.AssertInvalidAsync(response, "data");
    }

    /// <summary>A general inquiry whose JSON is exactly <paramref name="bytes"/> bytes of UTF-8.</summary>
    private static string Inquiry(int bytes)
    {
        var empty = new JsonObject { ["type"] = "general-inquiry", ["data"] = new JsonObject { ["notes"] = string.Empty } }.ToJsonString();
        var json = new JsonObject
        {
            ["type"] = "general-inquiry",
            ["data"] = new JsonObject { ["notes"] = new string('x', bytes - Encoding.UTF8.GetByteCount(empty)) },
        }.ToJsonString();
        Assert.Equal(bytes, Encoding.UTF8.GetByteCount(json));
        return json;
    }
}
