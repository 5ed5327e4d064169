using AutoPermits.Api.Audit;
using AutoPermits.Api.Persistence;
using AutoPermits.Engine.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AutoPermits.Api.Jobs;

/// <summary>
/// The scheduled sweeps over case deadlines. Each change is a conditional update of one case, so a sweep that
/// runs twice, or on two nodes, changes and audits each case once.
/// </summary>
public sealed class CaseDeadlines(CasesDb db, TimeProvider clock, IOptions<AutoPermitsOptions> options)
{
    /// <summary>Queued cases past their deadline are flagged and go to the top of their queue.</summary>
    public async Task EscalateOverdueAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var overdue = await db.Cases.AsNoTracking()
            .Where(c => (c.State == CaseState.Queued || c.State == CaseState.InReview) && !c.Escalated && c.DueAt < now)
            .Select(c => new { c.Id, c.Queue }).ToListAsync();
        foreach (var item in overdue)
        {
            await ChangeOnce(item.Id, now, "escalated", $"queue={item.Queue}",
                cases => cases.Where(c => !c.Escalated && (c.State == CaseState.Queued || c.State == CaseState.InReview))
                    .ExecuteUpdateAsync(c => c.SetProperty(x => x.Escalated, true).SetProperty(x => x.UpdatedAt, now)));
        }
    }

    /// <summary>A needs-info request the citizen left unanswered past its deadline closes the case undecided.</summary>
    public async Task ExpireUnansweredAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expired = await db.Cases.AsNoTracking().Where(c => c.State == CaseState.NeedsInfo && c.DueAt < now).Select(c => c.Id).ToListAsync();
        foreach (var id in expired)
        {
            await ChangeOnce(id, now, "expired", "needs-info unanswered",
                cases => cases.Where(c => c.State == CaseState.NeedsInfo)
                    .ExecuteUpdateAsync(c => c.SetProperty(x => x.State, CaseState.Expired).SetProperty(x => x.DueAt, (DateTime?)null).SetProperty(x => x.UpdatedAt, now)));
        }
    }

    /// <summary>Closed cases older than the retention period are deleted with their letters and logs; the audit chain keeps that it happened.</summary>
    public async Task CleanUpAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now - options.Value.Cases.Retention;
        var old = await db.Cases.AsNoTracking()
            .Where(c => (c.State == CaseState.Decided || c.State == CaseState.Expired) && c.UpdatedAt < cutoff)
            .Select(c => c.Id).ToListAsync();
        foreach (var id in old)
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var deleted = await db.Cases.Where(c => c.Id == id && c.UpdatedAt < cutoff).ExecuteDeleteAsync();
            if (deleted == 1)
            {
                await db.AccessLog.Where(a => a.CaseId == id).ExecuteDeleteAsync();
                await db.IdempotencyKeys.Where(k => k.CaseId == id).ExecuteDeleteAsync();
                await AuditTrail.AppendAsync(db, now, "retention", "deleted", id);
                await db.SaveChangesAsync();
            }
            await transaction.CommitAsync();
        }
        await RemoveLettersOfDeletedCasesAsync();
    }

    // The outbox's letters carry names and caseworkers' reasons: they go with their case. Looking for every
    // letter whose case is gone, rather than those of the cases just deleted, also removes any a crash left.
    private async Task RemoveLettersOfDeletedCasesAsync()
    {
        var outbox = LetterPost.Outbox(options.Value);
        if (!Directory.Exists(outbox)) return;
        var letters = Directory.EnumerateFiles(outbox, "*.html")
            .Select(file => (File: file, Case: LetterPost.CaseOf(file)))
            .Where(letter => letter.Case is not null)
            .ToList();
        foreach (var chunk in letters.Chunk(500))
        {
            var ids = chunk.Select(letter => letter.Case!.Value).Distinct().ToList();
            var kept = (await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync()).ToHashSet();
            foreach (var letter in chunk.Where(letter => !kept.Contains(letter.Case!.Value))) File.Delete(letter.File);
        }
    }

    private async Task ChangeOnce(Guid id, DateTime now, string action, string details, Func<IQueryable<CaseRecord>, Task<int>> change)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await change(db.Cases.Where(c => c.Id == id)) == 1)
        {
            await AuditTrail.AppendAsync(db, now, "deadlines", action, id, details);
            await db.SaveChangesAsync();
        }
        await transaction.CommitAsync();
    }
}
