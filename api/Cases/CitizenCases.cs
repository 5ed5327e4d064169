using System.Text.Json.Nodes;
using AutoPermits.Api.Http;
using AutoPermits.Api.Identity;
using AutoPermits.Api.Persistence;
using AutoPermits.Api.Privacy;
using Microsoft.EntityFrameworkCore;

namespace AutoPermits.Api.Cases;

/// <summary>What a citizen reads: their own cases, their letters, and who looked at their data.</summary>
public sealed class CitizenCases(CasesDb db, CprVault vault)
{
    public async Task<CitizenCaseView?> ReadAsync(Caller citizen, Guid id, string language, CancellationToken cancellationToken)
    {
        var record = await db.Cases.AsNoTracking().Include(c => c.Assessments).Include(c => c.Decisions)
            .FirstOrDefaultAsync(c => c.Id == id && c.ApplicantSubject == citizen.Subject, cancellationToken);
        if (record is null) return null;
        return View(record, record.ProtectedCpr is null ? null : vault.Reveal(record.ProtectedCpr), language);
    }

    /// <summary>The citizen's view of a case already in hand, such as one just stored: no need to read it back.</summary>
    public static CitizenCaseView View(CaseRecord record, string? cpr, string language)
    {
        var latest = StoredAssessment.Read(record.Assessments.OrderBy(a => a.Sequence).Last().AssessmentJson);
        var decision = record.Decisions.OrderBy(d => d.At).LastOrDefault();
        var application = JsonNode.Parse(record.ApplicationJson)!.AsObject();
        return new CitizenCaseView(
            record.Id, record.Type, record.State, record.Queue, record.Contested, record.SubmittedAt,
            record.State == Engine.Cases.CaseState.NeedsInfo ? record.DueAt : null,
            new ApplicantView(
                record.ApplicantName,
                application["applicant"]?["email"]?.GetValue<string>(),
                cpr is null ? null : CprVault.Mask(cpr)),
            AssessmentView.From(latest, language),
            decision is null ? null : View(decision),
            decision is null ? null : $"/api/applications/{record.Id}/letter");
    }

    /// <summary>The latest decision's letter, or null while there is none or it is still being written.</summary>
    public async Task<LetterRecord?> LetterAsync(Caller citizen, Guid id, string language, CancellationToken cancellationToken)
    {
        var owned = await db.Cases.AnyAsync(c => c.Id == id && c.ApplicantSubject == citizen.Subject, cancellationToken);
        if (!owned) return null;
        var decision = await db.Decisions.AsNoTracking().Where(d => d.CaseId == id).OrderByDescending(d => d.At).FirstOrDefaultAsync(cancellationToken);
        if (decision is null) return null;
        return await db.Letters.AsNoTracking().FirstOrDefaultAsync(l => l.DecisionId == decision.Id && l.Language == language && l.RenderedAt != null, cancellationToken);
    }

    public async Task<bool> OwnsAsync(Caller citizen, Guid id, CancellationToken cancellationToken) =>
        await db.Cases.AnyAsync(c => c.Id == id && c.ApplicantSubject == citizen.Subject, cancellationToken);

    public async Task<IReadOnlyList<AccessLogView>> AccessLogAsync(Caller citizen, CancellationToken cancellationToken) =>
        await db.AccessLog.AsNoTracking()
            .Where(a => a.CitizenSubject == citizen.Subject)
            .OrderByDescending(a => a.Id)
            .Select(a => new AccessLogView(a.CaseId, a.WhoName, a.Role, a.At, a.Purpose))
            .ToListAsync(cancellationToken);

    public static DecisionView View(DecisionRecord d) =>
        new(d.Outcome, d.ValuationDkk, d.At, d.ByPerson, d.ByPerson ? d.DecidedByName ?? d.DecidedBy : "automated", d.Reason, d.Overrode);
}
