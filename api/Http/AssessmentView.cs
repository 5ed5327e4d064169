using System.Text.Json.Serialization;
using AutoPermits.Engine.Assessments;
using AutoPermits.Engine.Triage;

namespace AutoPermits.Api.Http;

/// <summary>An assessment as the public contract shows it (spec/contract.md, "An assessment").</summary>
public sealed record AssessmentView(
    string ApplicationType,
    Outcome Outcome,
    bool Automated,
    string? Queue,
    decimal? ValuationDkk,
    IReadOnlyList<ReasonView> Reasons,
    TriageView Triage,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] RuleSetRef? RuleSet,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, object>? Facts,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] AppealView? Appeal)
{
    public static AssessmentView From(Assessment a, string language) => new(
        a.ApplicationType,
        a.Outcome,
        a.Automated,
        a.Queue,
        a.ValuationDkk,
        a.Reasons.Select(r => new ReasonView(r.Code, r.LegalBasis, r.Message.In(language), r.Message)).ToArray(),
        new TriageView(a.Triage.Automatable, a.Triage.RefusedBy, a.Triage.Signals, a.Triage.Score),
        a.RuleSet,
        a.Facts,
        a.Appeal is { } appeal ? new AppealView(appeal.Body, appeal.Weeks, appeal.Months, appeal.Message.In(language)) : null);
}

/// <param name="Message">In the language the caller asked for (Accept-Language), English by default.</param>
/// <param name="Messages">The same in Danish and English.</param>
public sealed record ReasonView(string Code, string LegalBasis, string Message, LocalizedText Messages);

public sealed record TriageView(bool Automatable, RefusedBy? RefusedBy, IReadOnlyList<Signal> Signals, double? Score);

public sealed record AppealView(
    string Body,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Weeks,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Months,
    string Message);
