using AutoPermits.Engine.Assessments;

namespace AutoPermits.Engine.Simulations;

/// <summary>One stored application whose assessment a draft would change.</summary>
public sealed record SimulatedChange(
    Guid CaseId,
    DateOnly SubmittedOn,
    Outcome Before,
    Outcome After,
    string? QueueBefore,
    string? QueueAfter,
    decimal? ValuationBefore,
    decimal? ValuationAfter,
    IReadOnlyList<string> ReasonsBefore,
    IReadOnlyList<string> ReasonsAfter);
