using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AutoPermits.Api.Identity;
using AutoPermits.Api.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AutoPermits.Api.Tests.Cases;

/// <summary>The demo users signing in through the demo token endpoint, and what the tests wait for.</summary>
public static class People
{
    public static async Task<HttpClient> SignIn(this WebApplicationFactory<Program> factory, string user)
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/demo/token", new { user });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A signed-in user who is not one of the seeded demo users, e.g. a second building caseworker.</summary>
    public static HttpClient SignInAs(this AutoPermitsFactory factory, DemoUsers.User user)
    {
        var client = factory.CreateClient();
        var token = factory.Services.GetRequiredService<DemoTokens>().For(user, factory.Clock.GetUtcNow());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<HttpResponseMessage> Submit(this HttpClient citizen, JsonObject application, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications") { Content = JsonContent.Create(application) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await citizen.SendAsync(request);
    }

    public static async Task<JsonObject> Json(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    public static async Task<T> Query<T>(this AutoPermitsFactory factory, Func<CasesDb, Task<T>> query)
    {
        using var scope = factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<CasesDb>());
    }

    /// <summary>Waits for background work (Hangfire jobs) to make <paramref name="condition"/> true.</summary>
    public static async Task Eventually(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return;
            await Task.Delay(100);
        }
        Assert.Fail($"Within {seconds} s: {what}");
    }
}
