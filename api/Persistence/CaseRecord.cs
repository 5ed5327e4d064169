using AutoPermits.Engine.Cases;

namespace AutoPermits.Api.Persistence;

/// <summary>One citizen's application and everything that happened to it.</summary>
public sealed class CaseRecord
{
    public Guid Id { get; set; }

    /// <summary>The applicant's identity (the token's subject), by which they find their own cases.</summary>
    public required string ApplicantSubject { get; set; }

    /// <summary>The applicant's name as given, or the signed-in citizen's when the application named nobody.</summary>
    public string? ApplicantName { get; set; }

    /// <summary>The CPR number, encrypted with ASP.NET Core Data Protection; never stored in clear.</summary>
    public string? ProtectedCpr { get; set; }

    public required string Type { get; set; }
    public CaseState State { get; set; }
    public string? Queue { get; set; }

    /// <summary>The citizen contested an automated decision: a person decides again, the first assessment stays as it was.</summary>
    public bool Contested { get; set; }

    /// <summary>Past its deadline while queued; escalated cases come first in their queue.</summary>
    public bool Escalated { get; set; }

    public string? ClaimedBy { get; set; }
    public DateTime? ClaimedAt { get; set; }
    public DateTime SubmittedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>When a queued case is overdue, or when an unanswered needs-info request expires.</summary>
    public DateTime? DueAt { get; set; }

    /// <summary>The application as the citizen sent it (the last supplement merged in), with the CPR number left out.</summary>
    public required string ApplicationJson { get; set; }

    public List<AssessmentRecord> Assessments { get; set; } = [];
    public List<DecisionRecord> Decisions { get; set; } = [];
}
