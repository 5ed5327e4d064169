using System.Text.Json.Nodes;
using AutoPermits.Engine.Applications;

namespace AutoPermits.Engine.Tests.Applications;

internal static class ReadingAssert
{
    public static ApplicationRead Read(JsonNode application, DateOnly? today = null) => TestEngine.Shared.Read(application.ToJsonString(), today);

    /// <summary>Asserts the application is refused and names exactly these fields.</summary>
    public static IReadOnlyDictionary<string, string[]> Refused(ApplicationRead read, params string[] paths)
    {
        Assert.False(read.IsValid);
        Assert.Null(read.Application);
        var errors = read.Errors.ToDictionary();
        Assert.Equal(paths.Order(StringComparer.Ordinal), errors.Keys.Order(StringComparer.Ordinal));
        return errors;
    }

    public static Application Accepted(ApplicationRead read)
    {
        Assert.True(read.IsValid, string.Join("; ", read.Errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")));
        return read.Application!;
    }
}
