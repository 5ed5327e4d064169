using System.Net;

namespace AutoPermits.Api.Tests;

/// <summary>What an operator and an integrator look at: health, the OpenAPI description and the reference page.</summary>
public sealed class OperatorEndpointTests(AutoPermitsFactory factory) : IClassFixture<AutoPermitsFactory>
{
    [Fact]
    public async Task Health_is_healthy_when_the_guard_and_every_rule_set_are_loaded()
    {
        using var response = await factory.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.MediaType());
        var health = await response.JsonAsync();
        Assert.True(health.GetProperty("status").GetString() == "healthy", $"Not healthy: {health}");
    }

    [Fact]
    public async Task The_openapi_description_documents_the_assessments_endpoint()
    {
        using var response = await factory.CreateClient().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/api/assessments", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_reference_is_a_web_page()
    {
        using var response = await factory.CreateClient().GetAsync("/scalar/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.MediaType());
    }
}
