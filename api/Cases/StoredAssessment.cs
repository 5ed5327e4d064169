using System.Text.Json;
using AutoPermits.Api.Hosting;
using AutoPermits.Engine.Assessments;

namespace AutoPermits.Api.Cases;

/// <summary>An engine assessment as stored JSON and back: reasons keep both languages, facts keep their numbers.</summary>
public static class StoredAssessment
{
    private static readonly JsonSerializerOptions Json = Create();

    public static string Write(Assessment assessment) => JsonSerializer.Serialize(assessment, Json);

    public static Assessment Read(string json)
    {
        var assessment = JsonSerializer.Deserialize<Assessment>(json, Json) ?? throw new InvalidDataException("An empty stored assessment.");
        return assessment with { Facts = assessment.Facts?.ToDictionary(f => f.Key, f => Plain(f.Value)) };
    }

    /// <summary>Stored facts come back as JSON elements; letters and views want numbers, text and flags.</summary>
    private static object Plain(object value) => value is not JsonElement element ? value : element.ValueKind switch
    {
        JsonValueKind.Number => element.GetDecimal(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(e => e.ToString()).ToArray(),
        _ => element.ToString(),
    };

    private static JsonSerializerOptions Create()
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ServiceRegistration.Configure(json);
        return json;
    }
}
