using AutoPermits.Engine.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AutoPermits.Api.Persistence;

/// <summary>
/// The application database: the source of truth for cases, decisions, letters and logs. Hangfire keeps its own
/// storage; a job only ever carries an id and re-reads the state from here. Types are provider-neutral (no
/// SQLite-specific columns), so another provider needs only its own migrations (<see cref="PostgreSql.PostgreSqlCasesDb"/>).
/// </summary>
public class CasesDb : DbContext
{
    public CasesDb(DbContextOptions<CasesDb> options) : base(options)
    {
    }

    /// <summary>For a provider's own subclass, which carries that provider's migrations.</summary>
    protected CasesDb(DbContextOptions options) : base(options)
    {
    }

    public DbSet<CaseRecord> Cases => Set<CaseRecord>();
    public DbSet<AssessmentRecord> Assessments => Set<AssessmentRecord>();
    public DbSet<DecisionRecord> Decisions => Set<DecisionRecord>();
    public DbSet<LetterRecord> Letters => Set<LetterRecord>();
    public DbSet<OverrideRecord> Overrides => Set<OverrideRecord>();
    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();
    public DbSet<RuleSetVersionRecord> RuleSetVersions => Set<RuleSetVersionRecord>();
    public DbSet<SimulationRecord> Simulations => Set<SimulationRecord>();

    /// <summary>The last audit entry appended in this unit of work, kept so the next one chains on without a search.</summary>
    internal AuditEntry? AuditTail { get; set; }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<CaseState>().HaveConversion<string>().HaveMaxLength(20);
        configuration.Properties<DecisionOutcome>().HaveConversion<string>().HaveMaxLength(20);
        configuration.Properties<RuleSetStatus>().HaveConversion<string>().HaveMaxLength(20);
        configuration.Properties<SimulationStatus>().HaveConversion<string>().HaveMaxLength(20);
        // Every instant is stored in UTC; SQLite hands it back without a kind, and a citizen reading
        // "10:00:00" without its "Z" could not tell it from Copenhagen time.
        configuration.Properties<DateTime>().HaveConversion<UtcInstant>();
    }

    private sealed class UtcInstant() : ValueConverter<DateTime, DateTime>(at => at, at => DateTime.SpecifyKind(at, DateTimeKind.Utc));

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<CaseRecord>(c =>
        {
            c.HasIndex(x => x.ApplicantSubject);
            c.HasIndex(x => new { x.Queue, x.State });
            c.HasIndex(x => new { x.State, x.DueAt });
            c.Property(x => x.Type).HasMaxLength(64);
            c.Property(x => x.Queue).HasMaxLength(32);
            c.HasMany(x => x.Assessments).WithOne().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
            c.HasMany(x => x.Decisions).WithOne().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<AssessmentRecord>(a => a.HasIndex(x => new { x.CaseId, x.Sequence }).IsUnique());
        model.Entity<DecisionRecord>(d =>
        {
            d.HasMany(x => x.Letters).WithOne().HasForeignKey(l => l.DecisionId).OnDelete(DeleteBehavior.Cascade);
            d.Property(x => x.ValuationDkk).HasPrecision(18, 2);
        });
        model.Entity<LetterRecord>(l =>
        {
            l.HasIndex(x => new { x.DecisionId, x.Language }).IsUnique();
            l.HasIndex(x => x.DispatchedAt);
            // A letter is marked sent only where no other run marked it first (UPDATE … WHERE DispatchedAt IS NULL).
            l.Property(x => x.DispatchedAt).IsConcurrencyToken();
        });
        model.Entity<OverrideRecord>(o => o.HasIndex(x => new { x.RuleSetId, x.ReasonCode }));
        model.Entity<AccessLogEntry>(a => a.HasIndex(x => x.CitizenSubject));
        model.Entity<AuditEntry>(a =>
        {
            // The sequence is assigned by the chain, not the database: a gap or a duplicate is itself evidence.
            a.HasKey(x => x.Sequence);
            a.Property(x => x.Sequence).ValueGeneratedNever();
        });
        model.Entity<IdempotencyRecord>(i => i.HasKey(x => new { x.Subject, x.Key }));
        model.Entity<RuleSetVersionRecord>(r =>
        {
            r.HasIndex(x => new { x.RuleSetId, x.Version }).IsUnique();
            r.HasIndex(x => x.PublicationSequence).IsUnique();
        });
        model.Entity<CaseRecord>(c => c.HasIndex(x => new { x.Type, x.SubmittedAt }));
    }
}
