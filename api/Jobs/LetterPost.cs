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
    IOptions<AutoPermitsOptions> options,
    ILogger<LetterPost> log)
{
    public static readonly string[] Languages = ["da", "en"];

    public static void Prepare(DecisionRecord decision)
    {
        foreach (var language in Languages)
        {
            decision.Letters.Add(new LetterRecord { Id = Guid.CreateVersion7(), CaseId = decision.CaseId, DecisionId = decision.Id, Language = language });
        }
    }

    [AutomaticRetry(Attempts = 5)]
    public async Task SendAsync(Guid decisionId)
    {
        var decision = await db.Decisions.Include(d => d.Letters).FirstOrDefaultAsync(d => d.Id == decisionId);
        if (decision is null) return; // deleted by retention before its letters went out
        var record = await db.Cases.AsNoTracking().FirstAsync(c => c.Id == decision.CaseId);
        var outbox = Directory.CreateDirectory(Path.Combine(Path.GetFullPath(options.Value.DataDirectory), "outbox"));

        foreach (var letter in decision.Letters.Where(l => l.RenderedAt is null))
        {
            var written = LetterWriter.Write(await InputFor(decision, record), letter.Language);
            letter.Json = JsonSerializer.Serialize(written, LetterJson);
            letter.Html = LetterWriter.Html(written);
            letter.RenderedAt = clock.GetUtcNow().UtcDateTime;
        }
        await db.SaveChangesAsync();

        foreach (var letter in decision.Letters.Where(l => l.DispatchedAt is null))
        {
            // Writing the same file again is harmless; only the run that marks the letter sent records it.
            await File.WriteAllTextAsync(Path.Combine(outbox.FullName, $"{record.Id:N}-{decision.Id:N}-{letter.Language}.html"), letter.Html);
            var now = clock.GetUtcNow().UtcDateTime;
            await using var transaction = await db.Database.BeginTransactionAsync();
            var marked = await db.Letters.Where(l => l.Id == letter.Id && l.DispatchedAt == null).ExecuteUpdateAsync(l => l.SetProperty(x => x.DispatchedAt, now));
            if (marked == 1)
            {
                await AuditTrail.AppendAsync(db, now, "letter-post", "letter-dispatched", record.Id, $"decision={decision.Id:D}; language={letter.Language}");
                await db.SaveChangesAsync();
            }
            await transaction.CommitAsync();
        }
        log.LogDebug("Letters for decision {Decision} are in the outbox", decision.Id);
    }

    /// <summary>Sends every letter a lost job or a crash left behind.</summary>
    public async Task SweepAsync()
    {
        var pending = await db.Letters.AsNoTracking().Where(l => l.DispatchedAt == null).Select(l => l.DecisionId).Distinct().ToListAsync();
        foreach (var decisionId in pending)
        {
            db.ChangeTracker.Clear();
            await SendAsync(decisionId);
        }
    }

    private async Task<LetterInput> InputFor(DecisionRecord decision, CaseRecord record)
    {
        var assessmentRecord = decision.AssessmentId is { } id ? await db.Assessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id) : null;
        var assessment = assessmentRecord is null ? null : StoredAssessment.Read(assessmentRecord.AssessmentJson);

        // A machine's decision carries its rule set's appeal guidance; a person's decision is always appealable.
        var appeal = decision.ByPerson ? AppealFor(record.Type, assessmentRecord) : assessment?.Appeal;
        // A person who agrees with the assessment adopts its reasons; one who overrides it gives their own.
        IReadOnlyList<Reason> reasons = assessment is not null && (!decision.ByPerson || !decision.Overrode) && assessment.Automated ? assessment.Reasons : [];
        return new LetterInput(
            record.Id,
            record.Type,
            record.ApplicantName,
            DateOnly.FromDateTime(decision.At),
            decision.Outcome,
            decision.ValuationDkk,
            reasons,
            assessment?.Facts,
            appeal,
            decision.ByPerson,
            decision.Reason,
            decision.Overrode);
    }

    private AppealGuidance? AppealFor(string type, AssessmentRecord? assessment)
    {
        if (assessment?.RuleSetId is { } ruleSetId
            && ruleBook.All.FirstOrDefault(r => r.Id == ruleSetId && r.Version == assessment.RuleSetVersion) is { Appeal: { } fromRules })
        {
            return fromRules;
        }
        if (!catalogue.TryGet(type, out var known)) return null;
        return known.Appeal ?? (known.RuleSet is { } id ? ruleBook.InForce(id, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))?.Appeal : null);
    }

    private static readonly JsonSerializerOptions LetterJson = CreateLetterJson();

    private static JsonSerializerOptions CreateLetterJson()
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Hosting.ServiceRegistration.Configure(json);
        return json;
    }
}
