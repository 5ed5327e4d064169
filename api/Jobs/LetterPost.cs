using AutoPermits.Api.Hosting;
using System.Text.Json;
using AutoPermits.Api.Audit;
using AutoPermits.Api.Cases;
using AutoPermits.Api.Persistence;
using AutoPermits.Engine.Assessments;
using AutoPermits.Engine.Catalogue;
using AutoPermits.Engine.Letters;
using AutoPermits.Engine.RuleSets;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AutoPermits.Api.Jobs;

/// <summary>
/// Renders decision letters and puts them in the outbox (<c>outbox/</c> in the data directory, where a person
/// can inspect what was sent). The letter rows are written with the decision; this job only fills them in, and
/// every step checks whether it was already done, so running it twice sends nothing twice.
/// </summary>
public sealed class LetterPost(
    CasesDb db,
    TypeCatalogue catalogue,
    RuleBook ruleBook,
    TimeProvider clock,
    MunicipalCalendar calendar,
    IOptions<AutoPermitsOptions> options,
    ILogger<LetterPost> log)
{
    public static readonly string[] Languages = ["da", "en"];

    private const int BatchSize = 200;

    public static string Outbox(AutoPermitsOptions options) => Path.Combine(Path.GetFullPath(options.DataDirectory), "outbox");

    /// <summary>The case a file in the outbox belongs to: its name starts with the case id.</summary>
    public static Guid? CaseOf(string outboxFile) =>
        Path.GetFileName(outboxFile) is { Length: >= 32 } name && Guid.TryParseExact(name[..32], "N", out var id) ? id : null;

    public static void Prepare(DecisionRecord decision)
    {
        foreach (var language in Languages)
        {
            decision.Letters.Add(new LetterRecord { Id = Guid.CreateVersion7(), CaseId = decision.CaseId, DecisionId = decision.Id, Language = language });
        }
    }

    /// <summary>Sends every letter not yet sent: those of new decisions, and any a crash left behind.</summary>
    [AutomaticRetry(Attempts = 5)]
    // One sweep at a time: two would render the same letters and one would throw its work away.
    [DisableConcurrentExecution(timeoutInSeconds: 120)]
    public async Task SweepAsync()
    {
        while (true)
        {
            db.ChangeTracker.Clear();
            db.AuditTail = null;
            var pending = await db.Letters.AsNoTracking().Where(l => l.DispatchedAt == null)
                .Select(l => l.DecisionId).Distinct().Take(BatchSize).ToListAsync();
            if (pending.Count == 0) return;
            await SendAsync(pending);
        }
    }

    /// <summary>
    /// Renders and dispatches the letters of a batch of decisions, then records them sent in one transaction: one
    /// batched statement per letter, each conditional on no other run having sent it, and one audit entry per
    /// decision. If another run sent any of them first, this run records nothing and its retry takes what is left.
    /// </summary>
    private async Task SendAsync(IReadOnlyList<Guid> decisionIds)
    {
        var decisions = await db.Decisions.Include(d => d.Letters).Where(d => decisionIds.Contains(d.Id)).ToListAsync();
        var caseIds = decisions.Select(d => d.CaseId).Distinct().ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id);
        var assessmentIds = decisions.Where(d => d.AssessmentId is not null && d.Letters.Any(l => l.RenderedAt is null)).Select(d => d.AssessmentId!.Value).Distinct().ToList();
        var assessments = await db.Assessments.AsNoTracking().Where(a => assessmentIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id);
        var outbox = Directory.CreateDirectory(Outbox(options.Value));
        var now = clock.GetUtcNow().UtcDateTime;

        var sent = new List<(DecisionRecord Decision, IReadOnlyList<LetterRecord> Letters)>();
        foreach (var decision in decisions)
        {
            var unsent = decision.Letters.Where(l => l.DispatchedAt is null).OrderBy(l => l.Language, StringComparer.Ordinal).ToList();
            if (unsent.Count == 0) continue;
            LetterInput? input = null;
            foreach (var letter in unsent)
            {
                if (letter.RenderedAt is null)
                {
                    input ??= InputFor(decision, cases[decision.CaseId], decision.AssessmentId is { } id ? assessments.GetValueOrDefault(id) : null);
                    var written = LetterWriter.Write(input, letter.Language);
                    letter.Json = JsonSerializer.Serialize(written, LetterJson);
                    letter.Html = LetterWriter.Html(written);
                    letter.RenderedAt = now;
                }
                // Writing the same file again is harmless; only the run that marks the letter sent records it.
                await File.WriteAllTextAsync(Path.Combine(outbox.FullName, $"{decision.CaseId:N}-{decision.Id:N}-{letter.Language}.html"), letter.Html);
                letter.DispatchedAt = now;
            }
            sent.Add((decision, unsent));
        }
        if (sent.Count == 0) return;

        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var (decision, letters) in sent)
        {
            await AuditTrail.AppendAsync(db, now, "letter-post", "letters-dispatched", decision.CaseId,
                $"decision={decision.Id:D}; languages={string.Join(',', letters.Select(l => l.Language))}");
        }
        try
        {
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another run sent some of these first. Nothing of this run is kept; the sweep reads again what is left.
            await transaction.RollbackAsync();
            return;
        }
        log.LogDebug("{Count} letters are in the outbox", sent.Sum(s => s.Letters.Count));
    }

    private LetterInput InputFor(DecisionRecord decision, CaseRecord record, AssessmentRecord? assessmentRecord)
    {
        var assessment = assessmentRecord is null ? null : StoredAssessment.Read(assessmentRecord.AssessmentJson);

        // A machine's decision carries its rule set's appeal guidance; a person's decision is always appealable.
        var appeal = decision.ByPerson ? AppealFor(record.Type, assessmentRecord) : assessment?.Appeal;
        // A person who agrees with the assessment adopts its reasons; one who overrides it gives their own.
        IReadOnlyList<Reason> reasons = assessment is not null && (!decision.ByPerson || !decision.Overrode) && assessment.Automated ? assessment.Reasons : [];
        return new LetterInput(
            record.Id,
            record.Type,
            record.ApplicantName,
            calendar.DayOf(decision.At),
            decision.Outcome,
            decision.ValuationDkk,
            reasons,
            assessment?.Facts,
            appeal,
            decision.ByPerson,
            decision.Reason,
            decision.Overrode,
            decision.LegalBasis);
    }

    private AppealGuidance? AppealFor(string type, AssessmentRecord? assessment)
    {
        if (assessment?.RuleSetId is { } ruleSetId
            && ruleBook.All.FirstOrDefault(r => r.Id == ruleSetId && r.Version == assessment.RuleSetVersion) is { Appeal: { } fromRules })
        {
            return fromRules;
        }
        if (!catalogue.TryGet(type, out var known)) return null;
        return known.Appeal ?? (known.RuleSet is { } id ? ruleBook.InForce(id, calendar.Today())?.Appeal : null);
    }

    private static readonly JsonSerializerOptions LetterJson = CreateLetterJson();

    private static JsonSerializerOptions CreateLetterJson()
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Hosting.ServiceRegistration.Configure(json);
        return json;
    }
}
