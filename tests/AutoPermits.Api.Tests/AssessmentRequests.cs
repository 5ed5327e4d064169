using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AutoPermits.Api.Tests;

/// <summary>Sending applications to <c>POST /api/assessments</c> and reading what comes back.</summary>
public static class AssessmentRequests
{
    public const string Path = "/api/assessments";

    public static Task<HttpResponseMessage> AssessAsync(this HttpClient client, JsonNode application, string? acceptLanguage = null) =>
        client.AssessAsync(application.ToJsonString(), acceptLanguage);

    public static Task<HttpResponseMessage> AssessAsync(this HttpClient client, string body, string? acceptLanguage = null) =>
        client.AssessAsync(new StringContent(body, Encoding.UTF8, "application/json"), acceptLanguage);

    public static Task<HttpResponseMessage> AssessAsync(this HttpClient client, HttpContent content, string? acceptLanguage = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = content };
        if (acceptLanguage is not null) request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        return client.SendAsync(request);
    }

    /// <summary>The response body as JSON, failing with the body in the message when it is not.</summary>
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new Xunit.Sdk.XunitException($"The {(int)response.StatusCode} response is not JSON: {text}");
        }
    }

    public static string? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    /// <summary>A body sent without a Content-Length, as a streaming client sends it.</summary>
    public static HttpContent Unsized(byte[] body)
    {
        var content = new UnsizedContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private sealed class UnsizedContent(byte[] body) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            stream.WriteAsync(body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
