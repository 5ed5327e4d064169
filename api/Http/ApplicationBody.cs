using Microsoft.Extensions.Options;

namespace AutoPermits.Api.Http;

/// <summary>Reads a request body up to the configured size; the engine parses and validates it.</summary>
internal static class ApplicationBody
{
    /// <returns>The body, or null when it is larger than <see cref="AutoPermitsOptions.MaxBodyBytes"/>.</returns>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = request.HttpContext.RequestServices.GetRequiredService<IOptions<AutoPermitsOptions>>().Value.MaxBodyBytes;
        if (request.ContentLength > limit) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public static IResult TooLarge() => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The application is too large",
        detail: "An application is at most a description of 4,000 characters and data of a few kilobytes.");
}
