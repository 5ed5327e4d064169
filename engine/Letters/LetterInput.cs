using AutoPermits.Engine.Assessments;
using AutoPermits.Engine.Cases;

namespace AutoPermits.Engine.Letters;

/// <summary>Everything a decision letter states (forvaltningsloven §§ 22–25), in neither language yet.</summary>
/// <param name="Reasons">
/// For an automated decision the rule set's reasons; for a person's decision the reasons the person adopted,
/// which may be none.
/// </param>
/// <param name="CaseworkerReason">The caseworker's own reason, in their words: shown as written.</param>
/// <param name="Overrode">The person decided against the automated assessment.</param>
/// <param name="LegalBasis">The provisions a person's decision rests on when it adopts no reasons of the rules.</param>
public sealed record LetterInput(
    Guid CaseId,
    string ApplicationType,
    string? ApplicantName,
    DateOnly DecidedOn,
    DecisionOutcome Outcome,
    decimal? ValuationDkk,
    IReadOnlyList<Reason> Reasons,
    IReadOnlyDictionary<string, object>? Facts,
    AppealGuidance? Appeal,
    bool ByPerson,
    string? CaseworkerReason,
    bool Overrode,
    string? LegalBasis = null);
