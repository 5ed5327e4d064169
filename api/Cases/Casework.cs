using System.Text.Json.Nodes;
using AutoPermits.Api.Audit;
using AutoPermits.Api.Http;
using AutoPermits.Api.Identity;
using AutoPermits.Api.Jobs;
using AutoPermits.Api.Persistence;
using AutoPermits.Api.Privacy;
using AutoPermits.Engine.Cases;
using Microsoft.EntityFrameworkCore;

namespace AutoPermits.Api.Cases;

/// <param name="Reason">The caseworker's reason in their own words: required unless they agree with the automated assessment.</param>
public sealed record DecisionRequest(string? Outcome, decimal? ValuationDkk, string? Reason, string? LegalBasis = null);

/// <summary>What a caseworker does: work a queue, claim a case, open it for a stated purpose, decide it.</summary>
public sealed class Casework(CasesDb db, CprVault vault, LetterSignal letters, TimeProvider clock)
{
    public const int MaxReasonLength = 4_000;
    public const int MaxLegalBasisLength = 500;

    public async Task<IReadOnlyList<QueueItem>> QueueAsync(string queue, CancellationToken cancellationToken) =>
        await db.Cases.AsNoTracking()
            .Where(c => c.Queue == queue && (c.State == CaseState.Queued || c.State == CaseState.InReview))
            .OrderByDescending(c => c.Escalated).ThenBy(c => c.DueAt).ThenBy(c => c.SubmittedAt)
            .Select(c => new QueueItem(c.Id, c.Type, c.State, c.SubmittedAt, c.DueAt, c.Escalated, c.Contested, c.ClaimedBy))
            .ToListAsync(cancellationToken);

    /// <summary>Two caseworkers claiming at once: the database lets exactly one conditional update through.</summary>
    public async Task<CaseActionResult> ClaimAsync(Caller caseworker, Guid id, CancellationToken cancellationToken)
    {
        if (await Visible(caseworker, id, cancellationToken) is null) return new CaseActionResult.NotFound();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Cases
            .Where(c => c.Id == id && c.State == CaseState.Queued && c.ClaimedBy == null)
            .ExecuteUpdateAsync(c => c
                .SetProperty(x => x.State, CaseState.InReview)
                .SetProperty(x => x.ClaimedBy, caseworker.Subject)
                .SetProperty(x => x.ClaimedAt, now)
                .SetProperty(x => x.UpdatedAt, now), cancellationToken);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new CaseActionResult.Conflict("The case is not waiting in the queue: another caseworker has claimed it, or it is decided.");
        }
        await AuditTrail.AppendAsync(db, now, caseworker.Subject, "claimed", id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CaseActionResult.Done(id);
    }

    /// <summary>Opens a case file; the read is in the citizen's access log before any of it is shown.</summary>
    public async Task<CaseFileView?> OpenAsync(Caller caseworker, Guid id, string purpose, CancellationToken cancellationToken)
    {
        var record = await db.Cases.AsNoTracking().Include(c => c.Assessments).Include(c => c.Decisions)
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (record is null || !MayOpen(caseworker, record)) return null;

        db.AccessLog.Add(new AccessLogEntry
        {
            CaseId = record.Id,
            CitizenSubject = record.ApplicantSubject,
            Who = caseworker.Subject,
            WhoName = caseworker.Name,
            Role = caseworker.Role,
            At = clock.GetUtcNow().UtcDateTime,
            Purpose = purpose,
        });
        await db.SaveChangesAsync(cancellationToken);

        var application = JsonNode.Parse(record.ApplicationJson)!.AsObject();
        var assessments = record.Assessments.OrderBy(a => a.Sequence).ToList();
        var latest = StoredAssessment.Read(assessments[^1].AssessmentJson);
        var social = latest.Triage.IsSocial;
        var handling = record.ClaimedBy == caseworker.Subject && record.State == CaseState.InReview;
        string? cpr = record.ProtectedCpr is null ? null : vault.Reveal(record.ProtectedCpr);
        return new CaseFileView(
            record.Id, record.Type, record.State, record.Queue, record.Contested, record.Escalated, record.ClaimedBy,
            record.SubmittedAt, record.DueAt,
            new ApplicantView(
                record.ApplicantName,
                application["applicant"]?["email"]?.GetValue<string>(),
                cpr is null ? null : handling ? cpr : CprVault.Mask(cpr)),
            application["description"]?.GetValue<string>() ?? string.Empty,
            application["requestHumanReview"]?.GetValue<bool>() ?? false,
            application["consents"]?.DeepClone(),
            application["data"]?.DeepClone(),
            new WhyHereView(social, latest.Triage.RefusedBy, latest.Triage.Signals, record.Contested, application["requestHumanReview"]?.GetValue<bool>() ?? false),
            // A social case is not proposed a decision: the caseworker meets the citizen's situation, not a machine's verdict.
            social ? null : assessments.Select(a => new CaseAssessmentView(a.Sequence, a.At, a.AssessedOn, AssessmentView.From(StoredAssessment.Read(a.AssessmentJson), "en"))).ToList(),
            record.Decisions.OrderBy(d => d.At).Select(CitizenCases.View).ToList());
    }

    public async Task<CaseActionResult> DecideAsync(Caller caseworker, Guid id, DecisionRequest request, CancellationToken cancellationToken)
    {
        var record = await db.Cases.Include(c => c.Assessments).Include(c => c.Decisions).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (record is null || !MayOpen(caseworker, record)) return new CaseActionResult.NotFound();
        if (record.State != CaseState.InReview || record.ClaimedBy != caseworker.Subject)
        {
            return new CaseActionResult.Conflict("Claim the case before deciding it: only the caseworker handling a case decides it.");
        }

        var errors = new Dictionary<string, string[]>();
        DecisionOutcome outcome = default;
        if (request.Outcome is null || !Enum.TryParse(request.Outcome.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out outcome)
            || !Enum.IsDefined(outcome) || int.TryParse(request.Outcome, out _))
        {
            errors["outcome"] = ["is required: one of exempt, approved, valued, refused"];
        }
        else if (outcome == DecisionOutcome.Valued && request.ValuationDkk is not > 0)
        {
            errors["valuationDkk"] = ["is required for a valuation: the value in whole kroner, more than 0"];
        }
        else if (outcome != DecisionOutcome.Valued && request.ValuationDkk is not null)
        {
            errors["valuationDkk"] = ["is only given with the outcome valued"];
        }
        if (request.Reason is { Length: > MaxReasonLength })
        {
            errors["reason"] = [$"must be at most {MaxReasonLength:D} characters"];
        }

        // The automated assessment a person may agree with or override: the one an automated decision followed
        // (a contested case), or the latest one when it proposed an outcome.
        var automatedDecision = record.Decisions.Where(d => !d.ByPerson).OrderBy(d => d.At).LastOrDefault();
        var proposal = automatedDecision?.AssessmentId is { } followed
            ? record.Assessments.First(a => a.Id == followed)
            : record.Assessments.OrderBy(a => a.Sequence).Last();
        var proposed = StoredAssessment.Read(proposal.AssessmentJson);
        var proposedOutcome = Lifecycle.AutomatedDecision(proposed.Outcome);
        var agrees = proposedOutcome == outcome && (outcome != DecisionOutcome.Valued || proposed.ValuationDkk == request.ValuationDkk);
        var overrides = proposedOutcome is not null && !agrees;
        if (!agrees && string.IsNullOrWhiteSpace(request.Reason) && errors.Count == 0)
        {
            errors["reason"] = [overrides
                ? "is required: the decision differs from the automated assessment, and the reason for overriding it goes to the citizen and the rule author"
                : "is required: a caseworker's decision states its reasons (forvaltningsloven § 22)"];
        }
        if (request.LegalBasis is { Length: > MaxLegalBasisLength })
        {
            errors["legalBasis"] = [$"must be at most {MaxLegalBasisLength:D} characters"];
        }
        // A person who adopts the automated assessment adopts its reasons and their legal basis; any other decision
        // must name the rules it rests on, or its letter would have none (forvaltningsloven §§ 22 and 24).
        var adopts = agrees && proposed.Automated;
        if (!adopts && string.IsNullOrWhiteSpace(request.LegalBasis) && !errors.ContainsKey("outcome"))
        {
            errors["legalBasis"] = ["is required: name the provisions the decision rests on (forvaltningsloven § 24), for example \"BR18 § 5, stk. 1\""];
        }
        if (errors.Count > 0) return new CaseActionResult.Invalid(errors, "The decision is not valid");

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var decision = new DecisionRecord
        {
            Id = Guid.CreateVersion7(),
            CaseId = record.Id,
            At = now,
            Outcome = outcome,
            ValuationDkk = request.ValuationDkk,
            AssessmentId = proposal.Id,
            ByPerson = true,
            DecidedBy = caseworker.Subject,
            DecidedByName = caseworker.Name,
            Reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim(),
            LegalBasis = adopts || string.IsNullOrWhiteSpace(request.LegalBasis) ? null : request.LegalBasis.Trim(),
            Overrode = overrides,
        };
        LetterPost.Prepare(decision);
        record.Decisions.Add(decision);
        db.Decisions.Add(decision);
        if (overrides && proposed.RuleSet is { } ruleSet)
        {
            foreach (var reason in proposed.Reasons)
            {
                db.Overrides.Add(new OverrideRecord { DecisionId = decision.Id, RuleSetId = ruleSet.Id, RuleSetVersion = ruleSet.Version, ReasonCode = reason.Code, At = now });
            }
        }
        record.State = CaseState.Decided;
        record.DueAt = null;
        record.UpdatedAt = now;
        await AuditTrail.AppendAsync(db, now, caseworker.Subject, overrides ? "overridden" : "decided-by-person", record.Id,
            $"outcome={Submissions.Kebab(outcome)}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        letters.Raise();
        return new CaseActionResult.Done(record.Id);
    }

    private async Task<CaseRecord?> Visible(Caller caseworker, Guid id, CancellationToken cancellationToken)
    {
        var record = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return record is not null && MayOpen(caseworker, record) ? record : null;
    }

    /// <summary>A caseworker sees the cases of the queues they work, and a case they decided.</summary>
    private static bool MayOpen(Caller caseworker, CaseRecord record) =>
        caseworker.Works(record.Queue) || record.ClaimedBy == caseworker.Subject;
}
