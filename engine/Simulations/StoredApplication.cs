using AutoPermits.Engine.Assessments;

namespace AutoPermits.Engine.Simulations;

/// <summary>An application as it was stored, with what its assessment concluded then.</summary>
public sealed record StoredApplication(
    Guid CaseId,
    DateOnly SubmittedOn,
    byte[] Input,
    Outcome Outcome,
    string? Queue,
    decimal? ValuationDkk,
    IReadOnlyList<string> ReasonCodes);
