using System.Data.Common;
using System.Threading.Channels;
using AutoPermits.Api.Audit;
using AutoPermits.Api.Jobs;
using AutoPermits.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AutoPermits.Api.Cases;

/// <summary>A new case, ready to store: the case with its assessment, decision and letter rows, and its audit lines.</summary>
public sealed record NewCase(CaseRecord Case, IdempotencyRecord? Key, IReadOnlyList<AuditLine> Audit, bool Decided)
{
    internal TaskCompletionSource<CaseActionResult> Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

public sealed record AuditLine(DateTime At, string Actor, string Action, string Details);

/// <summary>
/// Stores new cases in group commits: one writer takes every submission waiting and writes them in one
/// transaction, so the cost of a durable commit is shared instead of paid per request. A submission is answered
/// only after its transaction has committed. The audit chain is appended by this single writer, in order. The rows
/// go in as multi-row INSERTs (<see cref="RowInserts"/>), not through EF's change tracker, which cost more than the
/// database did.
/// </summary>
public sealed class CaseWriter(IServiceScopeFactory scopes, LetterSignal letters, ILogger<CaseWriter> log) : BackgroundService
{
    private const int MaxBatch = 512;
    private readonly Channel<NewCase> _pending = Channel.CreateBounded<NewCase>(new BoundedChannelOptions(8_192) { SingleReader = true });

    public async Task<CaseActionResult> StoreAsync(NewCase newCase, CancellationToken cancellationToken)
    {
        await _pending.Writer.WriteAsync(newCase, cancellationToken);
        return await newCase.Stored.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<NewCase>(MaxBatch);
        while (await _pending.Reader.WaitToReadAsync(stoppingToken))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _pending.Reader.TryRead(out var next)) batch.Add(next);
            try
            {
                await WriteAsync(batch);
            }
            catch (DbException)
            {
                // One bad row (a key another instance just used) must not fail the others: write them one by one.
                foreach (var single in batch.Where(c => !c.Stored.Task.IsCompleted))
                {
                    try
                    {
                        await WriteAsync([single]);
                    }
                    catch (Exception e)
                    {
                        single.Stored.TrySetException(e);
                    }
                }
            }
            catch (Exception e)
            {
                log.LogError(e, "A batch of {Count} submissions could not be stored", batch.Count);
                foreach (var failed in batch) failed.Stored.TrySetException(e);
            }
            if (batch.Any(c => c.Decided)) letters.Raise();
        }
    }

    private async Task WriteAsync(List<NewCase> batch)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDb>();

        // Keys already used (by an earlier batch or another instance) and keys repeated within this batch.
        var keyed = batch.Where(c => c.Key is not null).ToList();
        var subjects = keyed.Select(c => c.Key!.Subject).Distinct().ToList();
        var keys = keyed.Select(c => c.Key!.Key).Distinct().ToList();
        var used = keyed.Count == 0 ? [] : await db.IdempotencyKeys.AsNoTracking()
            .Where(k => subjects.Contains(k.Subject) && keys.Contains(k.Key)).ToListAsync();
        var byKey = used.ToDictionary(k => (k.Subject, k.Key));
        var toStore = new List<NewCase>();
        var replays = new List<(NewCase Case, IdempotencyRecord Key)>();
        foreach (var newCase in batch)
        {
            if (newCase.Key is { } key && byKey.TryGetValue((key.Subject, key.Key), out var first))
            {
                replays.Add((newCase, first));
                continue;
            }
            if (newCase.Key is { } fresh) byKey[(fresh.Subject, fresh.Key)] = fresh;
            toStore.Add(newCase);
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var audit = await AuditTrail.ChainAsync(db, toStore.SelectMany(c => c.Audit.Select(line => (line.At, line.Actor, line.Action, (Guid?)c.Case.Id, line.Details))));
        var decisions = toStore.SelectMany(c => c.Case.Decisions).ToList();
        // Parents before children, for the foreign keys.
        await RowInserts.InsertAsync(db, toStore.Select(c => c.Case).ToList());
        await RowInserts.InsertAsync(db, toStore.SelectMany(c => c.Case.Assessments).ToList());
        await RowInserts.InsertAsync(db, decisions);
        await RowInserts.InsertAsync(db, decisions.SelectMany(d => d.Letters).ToList());
        await RowInserts.InsertAsync(db, toStore.Where(c => c.Key is not null).Select(c => c.Key!).ToList());
        await RowInserts.InsertAsync(db, audit);
        await transaction.CommitAsync();

        foreach (var newCase in toStore) newCase.Stored.TrySetResult(new CaseActionResult.Done(newCase.Case.Id, Stored: newCase.Case));
        foreach (var (newCase, key) in replays)
        {
            newCase.Stored.TrySetResult(key.RequestSha256 == newCase.Key!.RequestSha256
                ? new CaseActionResult.Done(key.CaseId, Replayed: true)
                : new CaseActionResult.KeyReused());
        }
    }
}
