using AutoPermits.Engine.Cases;

namespace AutoPermits.Api.Persistence;

/// <summary>A decision on a case: the machine's at submission, or a person's.</summary>
public sealed class DecisionRecord
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public DateTime At { get; set; }
    public DecisionOutcome Outcome { get; set; }
    public decimal? ValuationDkk { get; set; }

    /// <summary>The assessment it follows (automated) or was weighed against (a person's).</summary>
    public Guid? AssessmentId { get; set; }

    public bool ByPerson { get; set; }

    /// <summary>The caseworker's subject, or <c>automated</c>.</summary>
    public required string DecidedBy { get; set; }

    public string? DecidedByName { get; set; }

    /// <summary>The caseworker's reason in their own words.</summary>
    public string? Reason { get; set; }

    /// <summary>The provisions a person's decision rests on, in their words, when it does not adopt the assessment's reasons.</summary>
    public string? LegalBasis { get; set; }

    /// <summary>The person decided against the automated assessment.</summary>
    public bool Overrode { get; set; }

    public List<LetterRecord> Letters { get; set; } = [];
}
