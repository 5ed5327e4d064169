using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AutoPermits.Api.Http;
using AutoPermits.Engine.Cases;
using AutoPermits.Engine.Triage;

namespace AutoPermits.Api.Cases;

/// <summary>A case as its applicant sees it.</summary>
public sealed record CitizenCaseView(
    Guid Id,
    string Type,
    CaseState State,
    string? Queue,
    bool Contested,
    DateTime SubmittedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTime? RespondBy,
    ApplicantView Applicant,
    AssessmentView Assessment,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DecisionView? Decision,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Letter);

/// <param name="Cpr">Masked (<c>010190-****</c>) except to the caseworker handling the case.</param>
public sealed record ApplicantView(string? Name, string? Email, string? Cpr);

public sealed record DecisionView(
    DecisionOutcome Outcome,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? ValuationDkk,
    DateTime DecidedAt,
    bool ByPerson,
    string DecidedBy,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason,
    bool Overrode);

/// <summary>One case in a caseworker's queue: enough to choose, nothing personal.</summary>
public sealed record QueueItem(Guid Id, string Type, CaseState State, DateTime SubmittedAt, DateTime? DueAt, bool Escalated, bool Contested, string? ClaimedBy);

/// <summary>
/// A case as a caseworker opens it. For a social case it is the citizen's data organised for a person, and why
/// the guard sent it here; there is no proposed decision.
/// </summary>
public sealed record CaseFileView(
    Guid Id,
    string Type,
    CaseState State,
    string? Queue,
    bool Contested,
    bool Escalated,
    string? ClaimedBy,
    DateTime SubmittedAt,
    DateTime? DueAt,
    ApplicantView Applicant,
    string Description,
    bool RequestHumanReview,
    JsonNode? Consents,
    JsonNode? Data,
    WhyHereView WhyHere,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<CaseAssessmentView>? Assessments,
    IReadOnlyList<DecisionView> Decisions);

public sealed record WhyHereView(bool Social, RefusedBy? RefusedBy, IReadOnlyList<Signal> Signals, bool Contested, bool RequestHumanReview);

/// <summary>A stored assessment with the rule-set version and the day it was made for; the first stays as it was.</summary>
public sealed record CaseAssessmentView(int Sequence, DateTime At, DateOnly AssessedOn, AssessmentView Assessment);

public sealed record AccessLogView(Guid CaseId, string Who, string Role, DateTime At, string Purpose);
