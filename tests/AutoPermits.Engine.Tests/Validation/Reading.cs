using System.Text.Json.Nodes;
using AutoPermits.Engine.Applications;

namespace AutoPermits.Engine.Tests.Validation;

/// <summary>Reads applications as the service does and states what a caller would see in the 400 answer.</summary>
internal static class Reading
{
    public static ApplicationRead Read(JsonNode application, DateOnly? today = null) =>
        TestEngine.Shared.Read(application.ToJsonString(), today);

    public static ApplicationRead Read(string json, DateOnly? today = null) => TestEngine.Shared.Read(json, today);

    /// <summary>Asserts the application is refused with errors at exactly these JSON paths; returns every message by path.</summary>
    public static Dictionary<string, string[]> Refused(ApplicationRead read, params string[] paths)
    {
        var errors = read.Errors.ToDictionary();
        Assert.False(read.IsValid);
        Assert.Null(read.Application);
        Assert.Equal(paths.Order(StringComparer.Ordinal), errors.Keys.Order(StringComparer.Ordinal));
        return errors;
    }

    /// <summary>Asserts the application is refused with one error at exactly this path; returns its messages.</summary>
    public static string[] RefusedAt(ApplicationRead read, string path) => Refused(read, path)[path];

    public static Application Accepted(ApplicationRead read)
    {
        Assert.True(read.IsValid, "refused: " + Describe(read));
        Assert.True(read.Errors.IsEmpty);
        return read.Application!;
    }

    public static string Describe(ApplicationRead read) =>
        string.Join("; ", read.Errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(", ", e.Value)}"));
}
