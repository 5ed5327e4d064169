namespace AutoPermits.Engine.RuleSets.Checks;

/// <summary>
/// Who the citizen is and where they live, and the data that stands in for it. A rule that reads any of them
/// decides on the person rather than the case, so no expression may, whatever the form declares.
/// </summary>
internal static class ProtectedAttributes
{
    private static readonly string[] Terms =
    [
        "cpr", "cprNumber", "personnummer",
        "age", "birth", "birthDate", "birthday", "dateOfBirth", "fødselsdato",
        "sex", "gender", "køn",
        "name", "firstName", "lastName", "fullName", "navn",
        "nationality", "citizenship", "statsborgerskab",
        "ethnicity", "religion",
        "postcode", "postalCode", "zip", "zipCode", "postnummer",
        "address", "adresse",
    ];

    private static readonly Dictionary<string, string> ByKey = Terms.ToDictionary(Key, term => term, StringComparer.Ordinal);

    /// <summary>The protected term <paramref name="identifier"/> names, whatever its case or underscores (<c>birth_date</c>).</summary>
    public static string? Match(string identifier) => ByKey.GetValueOrDefault(Key(identifier));

    public static string Refusal(string read, string term) =>
        $"reads '{read}', a protected attribute or its proxy ({term}): rules must not decide on who the citizen is or where they live";

    private static string Key(string identifier) => identifier.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
}
