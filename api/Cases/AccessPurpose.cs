namespace AutoPermits.Api.Cases;

/// <summary>
/// Why a caseworker opens a case: chosen from a fixed list, because the citizen reads it in their access log
/// and it travels in a URL, where free text has no place.
/// </summary>
public static class AccessPurpose
{
    public static readonly IReadOnlyDictionary<string, string> Known = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["case-handling"] = "to handle the case",
        ["decision-review"] = "to review a decision",
        ["quality-control"] = "quality control of case handling",
        ["complaint"] = "to handle a complaint or appeal",
    };
}
