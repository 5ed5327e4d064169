using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AutoPermits.Api.Operator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace AutoPermits.Api.Tests.Cases;

/// <summary>Who may see what, and the citizen seeing who looked.</summary>
public sealed class TransparencyTests
{
    [Fact]
    public async Task A_citizen_reading_another_citizens_case_gets_404_as_if_it_did_not_exist()
    {
        await using var factory = new AutoPermitsFactory();
        var anne = await factory.SignIn("anne");
        var bo = await factory.SignIn("bo");
        var id = (await (await anne.Submit(Checkout.Application("carport-exempt"))).Json())["id"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.NotFound, (await bo.GetAsync($"/api/applications/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bo.GetAsync($"/api/applications/{id}/letter")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bo.PostAsync($"/api/applications/{id}/human-review", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bo.GetAsync($"/api/applications/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task A_caseworker_opening_a_case_appears_in_the_citizens_access_log_with_role_time_and_purpose()
    {
        await using var factory = new AutoPermitsFactory();
        var anne = await factory.SignIn("anne");
        var bo = await factory.SignIn("bo");
        var sofie = await factory.SignIn("sofie");
        var id = (await (await anne.Submit(Checkout.Application("social-carport"))).Json())["id"]!.GetValue<string>();
        await anne.GetAsync($"/api/applications/{id}"); // the applicant's own reads are not logged

        Assert.Equal(HttpStatusCode.BadRequest, (await sofie.GetAsync($"/api/cases/{id}")).StatusCode);
        await sofie.GetAsync($"/api/cases/{id}?purpose=quality-control");

        var log = await anne.GetFromJsonAsync<JsonArray>("/api/me/access-log");
        var entry = Assert.Single(log!)!;
        Assert.Equal("Sofie Berg", entry["who"]!.GetValue<string>());
        Assert.Equal("caseworker", entry["role"]!.GetValue<string>());
        Assert.Equal("quality-control", entry["purpose"]!.GetValue<string>());
        Assert.Equal(id, entry["caseId"]!.GetValue<string>());
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, entry["at"]!.GetValue<DateTime>());
        Assert.Empty((await bo.GetFromJsonAsync<JsonArray>("/api/me/access-log"))!);
    }

    [Fact]
    public async Task A_caseworker_sees_only_the_queues_they_work()
    {
        await using var factory = new AutoPermitsFactory();
        var anne = await factory.SignIn("anne");
        var carl = await factory.SignIn("carl");
        var id = (await (await anne.Submit(Checkout.Application("social-carport"))).Json())["id"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.Forbidden, (await carl.GetAsync("/api/queues/social")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await carl.GetAsync($"/api/cases/{id}?purpose=case-handling")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await carl.PostAsync($"/api/cases/{id}/claim", null)).StatusCode);
        Assert.Empty((await anne.GetFromJsonAsync<JsonArray>("/api/me/access-log"))!);
    }

    [Theory]
    [InlineData("GET", "/api/queues/building")]
    [InlineData("GET", "/api/me/access-log")]
    [InlineData("POST", "/api/applications")]
    [InlineData("GET", "/api/rulesets/overrides")]
    [InlineData("GET", "/api/audit/verification")]
    public async Task Without_a_token_every_case_endpoint_answers_401(string method, string path)
    {
        await using var factory = new AutoPermitsFactory();
        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_is_refused_once_the_service_clock_passes_its_lifetime()
    {
        await using var factory = new AutoPermitsFactory();
        var anne = await factory.SignIn("anne");
        Assert.Equal(HttpStatusCode.OK, (await anne.GetAsync("/api/me/access-log")).StatusCode);

        factory.Clock.Advance(TimeSpan.FromHours(9));

        Assert.Equal(HttpStatusCode.Unauthorized, (await anne.GetAsync("/api/me/access-log")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await factory.SignIn("anne")).GetAsync("/api/me/access-log")).StatusCode);
    }

    [Theory]
    [InlineData("anne", "GET", "/api/queues/building")]
    [InlineData("carl", "POST", "/api/applications")]
    [InlineData("carl", "GET", "/api/me/access-log")]
    [InlineData("anne", "GET", "/api/rulesets/overrides")]
    [InlineData("rita", "GET", "/api/audit/verification")]
    [InlineData("anne", "GET", "/hangfire")]
    public async Task A_wrong_role_answers_403(string user, string method, string path)
    {
        await using var factory = new AutoPermitsFactory();
        var client = await factory.SignIn(user);
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_operator_sees_the_hangfire_dashboard()
    {
        await using var factory = new AutoPermitsFactory();
        var otto = await factory.SignIn("otto");
        var response = await otto.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hangfire", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Outside_Development_there_is_no_demo_token_endpoint()
    {
        await using var factory = new AutoPermitsFactory();
        await using var production = factory.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var response = await production.CreateClient().PostAsJsonAsync("/api/demo/token", new { user = "anne" });
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Unauthorized, $"got {response.StatusCode}");
        Assert.Null(production.Services.GetService(typeof(AutoPermits.Api.Identity.DemoTokens)));
    }

    [Fact]
    public async Task Changing_an_audit_row_breaks_the_chain_and_verification_says_where()
    {
        await using var factory = new AutoPermitsFactory();
        var anne = await factory.SignIn("anne");
        var otto = await factory.SignIn("otto");
        foreach (var name in new[] { "carport-exempt", "carport-approved", "social-carport" })
        {
            await anne.Submit(Checkout.Application(name));
        }
        var intact = await otto.GetFromJsonAsync<JsonObject>("/api/audit/verification");
        Assert.True(intact!["intact"]!.GetValue<bool>());
        Assert.Equal(0, await AuditEndpoints.VerifyFromCommandLineAsync(factory.Services));

        await factory.Query(db => db.AuditLog.Where(e => e.Sequence == 2).ExecuteUpdateAsync(e => e.SetProperty(x => x.Details, "outcome=refused")));

        var broken = await otto.GetFromJsonAsync<JsonObject>("/api/audit/verification");
        Assert.False(broken!["intact"]!.GetValue<bool>());
        Assert.Equal(2, broken["brokenAt"]!.GetValue<long>());
        Assert.Equal(1, await AuditEndpoints.VerifyFromCommandLineAsync(factory.Services));
    }

    [Fact]
    public async Task Deleting_an_audit_row_breaks_the_chain()
    {
        await using var factory = new AutoPermitsFactory();
        var anne = await factory.SignIn("anne");
        await anne.Submit(Checkout.Application("carport-exempt"));
        await anne.Submit(Checkout.Application("social-carport"));

        await factory.Query(db => db.AuditLog.Where(e => e.Sequence == 1).ExecuteDeleteAsync());

        Assert.Equal(1, await AuditEndpoints.VerifyFromCommandLineAsync(factory.Services));
    }
}
