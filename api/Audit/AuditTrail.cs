using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AutoPermits.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AutoPermits.Api.Audit;

/// <summary>
/// The append-only, hash-chained audit log. Appends run inside the caller's write transaction, and writers take
/// turns at the chain's end, so two never chain onto the same predecessor: SQLite has one writer at a time;
/// on PostgreSQL the first append of a transaction takes a transaction-scoped advisory lock.
/// </summary>
public static class AuditTrail
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    // Any fixed number: every writer of the chain asks for the same lock.
    private const long ChainLock = 7_261_000_001;

    public static async Task AppendAsync(CasesDb db, DateTime at, string actor, string action, Guid? caseId, string details = "")
    {
        // Entries added in this unit of work and not yet saved come first; anything saved may since have been followed
        // by another writer's entries, so the chain's end is read from the database.
        var pending = db.AuditTail is { } tail && db.Entry(tail).State == EntityState.Added ? tail : null;
        var entry = Link(pending ?? await EndAsync(db), at, actor, action, caseId, details);
        db.AuditLog.Add(entry);
        db.AuditTail = entry;
    }

    /// <summary>
    /// Chains entries onto the end of the log without tracking them, for a writer that inserts them itself in the
    /// transaction that is open (<see cref="RowInserts"/>).
    /// </summary>
    public static async Task<List<AuditEntry>> ChainAsync(CasesDb db, IEnumerable<(DateTime At, string Actor, string Action, Guid? CaseId, string Details)> lines)
    {
        var last = await EndAsync(db);
        var entries = new List<AuditEntry>();
        foreach (var line in lines)
        {
            last = Link(last, line.At, line.Actor, line.Action, line.CaseId, line.Details);
            entries.Add(last);
        }
        return entries;
    }

    private static async Task<AuditEntry?> EndAsync(CasesDb db)
    {
        if (db.Database.IsNpgsql())
        {
            if (db.Database.CurrentTransaction is null)
                throw new InvalidOperationException("An audit entry is appended inside the transaction that makes the change it records.");
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ChainLock})");
        }
        return await db.AuditLog.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync();
    }

    private static AuditEntry Link(AuditEntry? last, DateTime at, string actor, string action, Guid? caseId, string details)
    {
        var entry = new AuditEntry
        {
            Sequence = (last?.Sequence ?? 0) + 1,
            At = at,
            Actor = actor,
            Action = action,
            CaseId = caseId,
            Details = details,
            PreviousHash = last?.Hash ?? Genesis,
            Hash = string.Empty,
        };
        entry.Hash = HashOf(entry);
        return entry;
    }

    /// <summary>The result of walking the chain: where it first breaks, if it does.</summary>
    public sealed record Verification(bool Intact, long Entries, long? BrokenAt, string Message);

    public static async Task<Verification> VerifyAsync(CasesDb db, CancellationToken cancellationToken = default)
    {
        var previous = Genesis;
        long expected = 1, count = 0;
        await foreach (var entry in db.AuditLog.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            count++;
            if (entry.Sequence != expected)
            {
                return new Verification(false, count, expected, $"Entry {expected} is missing.");
            }
            if (entry.PreviousHash != previous || entry.Hash != HashOf(entry))
            {
                return new Verification(false, count, entry.Sequence, $"Entry {entry.Sequence} does not match its hash or its predecessor's.");
            }
            previous = entry.Hash;
            expected++;
        }
        return new Verification(true, count, null, $"All {count} entries are intact.");
    }

    private static string HashOf(AuditEntry e)
    {
        var content = string.Join('\u001f',
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.At.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
            e.Actor, e.Action, e.CaseId?.ToString("D") ?? string.Empty, e.Details, e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }
}
