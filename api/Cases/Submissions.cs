using AutoPermits.Api.Hosting;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using AutoPermits.Api.Audit;
using AutoPermits.Api.Identity;
using AutoPermits.Api.Jobs;
using AutoPermits.Api.Persistence;
using AutoPermits.Api.Privacy;
using AutoPermits.Engine.Applications;
using AutoPermits.Engine.Assessments;
using AutoPermits.Engine.Cases;
using AutoPermits.Engine.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AutoPermits.Api.Cases;

/// <summary>
/// What a citizen does with a case: submit it, supplement it when asked, contest an automated decision. Each
/// action stores the case, its assessment, any decision, its letters and its audit entries in one transaction.
/// </summary>
public sealed class Submissions(
    CasesDb db,
    ApplicationReader reader,
    Assessor assessor,
    TypeCatalogue catalogue,
    CprVault vault,
    LetterSignal letters,
    CaseWriter writer,
    TimeProvider clock,
    MunicipalCalendar calendar,
    IOptions<AutoPermitsOptions> options)
{
    public const int MaxIdempotencyKeyLength = 128;

    private AutoPermitsOptions.CaseOptions Deadlines => options.Value.Cases;

    public async Task<CaseActionResult> SubmitAsync(Caller citizen, byte[] body, string? idempotencyKey, CancellationToken cancellationToken)
    {
        // A retry with a used Idempotency-Key is recognised by the writer, which looks up a whole batch's keys at once.
        var requestHash = Convert.ToHexStringLower(SHA256.HashData(body));

        var now = clock.GetUtcNow().UtcDateTime;
        var today = calendar.DayOf(now);
        var read = reader.Read(body, today);
        if (!read.IsValid)
        {
            return new CaseActionResult.Invalid(read.Errors.ToDictionary(), "The application is not valid");
        }
        var application = read.Application!;
        if (application.Applicant?.Cpr is { } named && citizen.Cpr is not null && CprVault.Digits(named) != citizen.Cpr)
        {
            return new CaseActionResult.Invalid(
                new Dictionary<string, string[]> { ["applicant.cpr"] = ["must be your own CPR number: a citizen applies only for themselves"] },
                "The application is not valid");
        }
        // The applicant is the signed-in citizen, whatever the block said or left out.
        application = application with
        {
            Applicant = (application.Applicant ?? new Applicant()) with
            {
                Cpr = citizen.Cpr,
                Name = application.Applicant?.Name ?? citizen.Name,
            },
        };

        var assessment = await assessor.AssessAsync(application, today);
        var input = WithoutCpr(body);
        var record = new CaseRecord
        {
            Id = Guid.CreateVersion7(),
            ApplicantSubject = citizen.Subject,
            ApplicantName = application.Applicant.Name,
            ProtectedCpr = citizen.Cpr is null ? null : vault.Protect(citizen.Cpr),
            Type = application.Type,
            SubmittedAt = now,
            UpdatedAt = now,
            ApplicationJson = input,
        };

        var decision = Record(record, assessment, input, today, now, track: false);
        var key = idempotencyKey is null ? null
            : new IdempotencyRecord { Subject = citizen.Subject, Key = idempotencyKey, RequestSha256 = requestHash, CaseId = record.Id, At = now };
        List<AuditLine> audit = [new(now, citizen.Subject, "submitted", $"type={record.Type}; outcome={Kebab(assessment.Outcome)}")];
        if (decision is not null) audit.Add(new(now, "automated", "decided", $"outcome={Kebab(decision.Outcome)}"));
        return await writer.StoreAsync(new NewCase(record, key, audit, decision is not null), cancellationToken);
    }

    public async Task<CaseActionResult> SupplementAsync(Caller citizen, Guid id, byte[] body, CancellationToken cancellationToken)
    {
        var record = await db.Cases.Include(c => c.Assessments).FirstOrDefaultAsync(c => c.Id == id && c.ApplicantSubject == citizen.Subject, cancellationToken);
        if (record is null) return new CaseActionResult.NotFound();
        if (record.State != CaseState.NeedsInfo)
        {
            return new CaseActionResult.Conflict("This case is not waiting for information from you.");
        }

        JsonObject supplement;
        try
        {
            supplement = JsonNode.Parse(body, documentOptions: ApplicationReader.Strict) as JsonObject ?? throw new JsonException();
        }
        catch (JsonException)
        {
            return new CaseActionResult.Invalid(new Dictionary<string, string[]> { ["$"] = ["must be a JSON object with the fields to add or correct under \"data\", and optionally \"description\""] }, "The supplement is not valid");
        }
        var errors = new Dictionary<string, string[]>();
        var merged = JsonNode.Parse(record.ApplicationJson)!.AsObject();
        foreach (var (name, value) in supplement)
        {
            switch (name)
            {
                case "data" when value is JsonObject data:
                    var target = merged["data"] as JsonObject ?? [];
                    foreach (var (field, fieldValue) in data) target[field] = fieldValue?.DeepClone();
                    merged["data"] = target;
                    break;
                case "data":
                    errors["data"] = ["must be an object with the fields to add or correct"];
                    break;
                case "description":
                    merged["description"] = value?.DeepClone();
                    break;
                default:
                    errors[name] = ["cannot be changed by a supplement; only \"data\" and \"description\" can"];
                    break;
            }
        }
        if (errors.Count > 0) return new CaseActionResult.Invalid(errors, "The supplement is not valid");

        var now = clock.GetUtcNow().UtcDateTime;
        var today = calendar.DayOf(now);
        var input = merged.ToJsonString();
        var read = reader.Read(System.Text.Encoding.UTF8.GetBytes(input), today);
        if (!read.IsValid) return new CaseActionResult.Invalid(read.Errors.ToDictionary(), "The supplemented application is not valid");
        var application = read.Application! with
        {
            Applicant = (read.Application!.Applicant ?? new Applicant()) with { Cpr = record.ProtectedCpr is null ? null : vault.Reveal(record.ProtectedCpr) },
        };
        // The rules in force when the application was submitted decide it, however late the citizen answers.
        var submittedOn = calendar.DayOf(record.SubmittedAt);
        var assessment = await assessor.AssessAsync(application, submittedOn);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        record.ApplicationJson = input;
        record.UpdatedAt = now;
        var decision = Record(record, assessment, input, submittedOn, now, track: true);
        await AuditTrail.AppendAsync(db, now, citizen.Subject, "supplemented", record.Id, $"outcome={Kebab(assessment.Outcome)}");
        if (decision is not null) await AuditTrail.AppendAsync(db, now, "automated", "decided", record.Id, $"outcome={Kebab(decision.Outcome)}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (decision is not null) letters.Raise();
        return new CaseActionResult.Done(record.Id);
    }

    /// <summary>GDPR art. 22(3): the citizen contests an automated decision; a person decides again.</summary>
    public async Task<CaseActionResult> ContestAsync(Caller citizen, Guid id, CancellationToken cancellationToken)
    {
        var record = await db.Cases.Include(c => c.Decisions).FirstOrDefaultAsync(c => c.Id == id && c.ApplicantSubject == citizen.Subject, cancellationToken);
        if (record is null) return new CaseActionResult.NotFound();
        var last = record.Decisions.OrderBy(d => d.At).LastOrDefault();
        if (record.State != CaseState.Decided || last is null || last.ByPerson)
        {
            return new CaseActionResult.Conflict("Only an automated decision can be sent to a person this way. A caseworker's decision is appealed as its letter explains.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        record.State = CaseState.Queued;
        record.Queue = catalogue.TryGet(record.Type, out var type) ? type.Queue : "general";
        record.Contested = true;
        record.ClaimedBy = null;
        record.ClaimedAt = null;
        record.DueAt = now + Deadlines.QueueDeadline;
        record.UpdatedAt = now;
        await AuditTrail.AppendAsync(db, now, citizen.Subject, "contested", record.Id, $"queue={record.Queue}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CaseActionResult.Done(record.Id);
    }

    /// <summary>Adds the assessment to the case, moves the case on, and records the machine's decision when there is one.</summary>
    /// <param name="track">Add the new rows to this request's context; a new case is stored by the <see cref="CaseWriter"/> instead.</param>
    private DecisionRecord? Record(CaseRecord record, Assessment assessment, string input, DateOnly assessedOn, DateTime now, bool track)
    {
        var stored = new AssessmentRecord
        {
            Id = Guid.CreateVersion7(),
            CaseId = record.Id,
            Sequence = record.Assessments.Count + 1,
            At = now,
            AssessedOn = assessedOn,
            InputJson = input,
            AssessmentJson = StoredAssessment.Write(assessment),
            Outcome = Kebab(assessment.Outcome),
            RuleSetId = assessment.RuleSet?.Id,
            RuleSetVersion = assessment.RuleSet?.Version,
            RuleSetSha256 = assessment.RuleSet?.Sha256,
        };
        record.Assessments.Add(stored);
        if (track) db.Assessments.Add(stored);
        record.State = Lifecycle.StateAfter(assessment.Outcome);
        record.Queue = record.State == CaseState.Queued ? assessment.Queue : null;
        record.DueAt = record.State switch
        {
            CaseState.Queued => now + Deadlines.QueueDeadline,
            CaseState.NeedsInfo => now + Deadlines.NeedsInfoDeadline,
            _ => null,
        };

        if (Lifecycle.AutomatedDecision(assessment.Outcome) is not { } outcome) return null;
        var decision = new DecisionRecord
        {
            Id = Guid.CreateVersion7(),
            CaseId = record.Id,
            At = now,
            Outcome = outcome,
            ValuationDkk = assessment.ValuationDkk,
            AssessmentId = stored.Id,
            ByPerson = false,
            DecidedBy = "automated",
        };
        LetterPost.Prepare(decision);
        record.Decisions.Add(decision);
        if (track) db.Decisions.Add(decision);
        return decision;
    }

    /// <summary>The application as sent, with the CPR number taken out: it is kept encrypted on its own.</summary>
    private static string WithoutCpr(byte[] body)
    {
        var span = body.AsSpan();
        var node = JsonNode.Parse(span.StartsWith("\uFEFF"u8) ? span[3..] : span)!.AsObject();
        if (node["applicant"] is JsonObject applicant) applicant.Remove("cpr");
        return node.ToJsonString();
    }

    internal static string Kebab<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
