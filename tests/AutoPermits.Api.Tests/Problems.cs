using System.Net;
using System.Text.Json;

namespace AutoPermits.Api.Tests;

/// <summary>What every refused request must look like: an RFC 9457 problem document.</summary>
public static class Problems
{
    public const string MediaType = "application/problem+json";

    /// <summary>Asserts a problem document with <paramref name="status"/> and returns it.</summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal(MediaType, response.MediaType());
        var problem = await response.JsonAsync();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>Asserts a 400 whose <c>errors</c> name exactly <paramref name="paths"/>, and returns the errors.</summary>
    public static async Task<JsonElement> AssertInvalidAsync(HttpResponseMessage response, params string[] paths)
    {
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("errors", out var errors), $"No 'errors' in {problem}");
        Assert.Equal(JsonValueKind.Object, errors.ValueKind);
        var named = errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(paths.Order(StringComparer.Ordinal).ToArray(), named);
        foreach (var field in errors.EnumerateObject())
        {
            Assert.Contains(field.Value.EnumerateArray(), m => !string.IsNullOrWhiteSpace(m.GetString()));
        }
        return errors;
    }

    /// <summary>Every message given for <paramref name="path"/>, joined.</summary>
    public static string MessagesFor(JsonElement errors, string path) =>
        string.Join(" ", errors.GetProperty(path).EnumerateArray().Select(m => m.GetString()));
}
