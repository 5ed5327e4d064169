using System.Text.Json;

namespace AutoPermits.Engine.Applications;

/// <summary>
/// A citizen's application after it has been read and validated. <see cref="Data"/> keeps the
/// exact JSON the citizen sent; <see cref="Form"/> is the same data bound to the type's data model
/// (for types that rule sets decide), or null for types that only a person decides.
/// </summary>
public sealed record Application(
    string Type,
    Applicant? Applicant,
    string Description,
    bool RequestHumanReview,
    Consents Consents,
    JsonElement Data,
    object? Form);

public sealed record Applicant(string? Cpr = null, string? Name = null, string? Email = null);

public sealed record Consents(bool RegistryLookup = false);
