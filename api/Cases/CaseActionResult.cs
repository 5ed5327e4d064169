using AutoPermits.Api.Persistence;

namespace AutoPermits.Api.Cases;

/// <summary>What became of a request to act on a case; the endpoints turn each into its HTTP answer.</summary>
public abstract record CaseActionResult
{
    /// <param name="Stored">The case as just stored, when the action has it in hand.</param>
    public sealed record Done(Guid CaseId, bool Replayed = false, CaseRecord? Stored = null) : CaseActionResult;

    /// <summary>No such case, or not one this caller may see: the same answer, so ids cannot be probed.</summary>
    public sealed record NotFound : CaseActionResult;

    public sealed record Conflict(string Detail) : CaseActionResult;

    public sealed record Invalid(IDictionary<string, string[]> Errors, string Title) : CaseActionResult;

    /// <summary>An <c>Idempotency-Key</c> already used for a different application.</summary>
    public sealed record KeyReused : CaseActionResult;
}
