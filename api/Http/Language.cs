namespace AutoPermits.Api.Http;

/// <summary>The citizen's language, from Accept-Language: Danish when asked for, English otherwise.</summary>
internal static class Language
{
    public static string Of(HttpRequest request)
    {
        var preferred = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value ?? string.Empty)
            .FirstOrDefault(l => l.StartsWith("da", StringComparison.OrdinalIgnoreCase) || l.StartsWith("en", StringComparison.OrdinalIgnoreCase));
        return preferred?.StartsWith("da", StringComparison.OrdinalIgnoreCase) == true ? "da" : "en";
    }
}
