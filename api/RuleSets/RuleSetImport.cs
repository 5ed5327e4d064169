using System.Text;
using AutoPermits.Api.Hosting;
using AutoPermits.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AutoPermits.Api.RuleSets;

/// <summary>
/// At start-up, the rule sets in <c>rules/</c> that pass their own tests are published, unless that version is
/// already in the database: a fresh installation decides with the checked-in rules, and a running one keeps what
/// its rule authors published.
/// </summary>
public static class RuleSetImport
{
    public static async Task ImportAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDb>();
        var loaded = services.GetRequiredService<LoadedRules>();
        var rulesDirectory = services.GetRequiredService<IOptions<AutoPermitsOptions>>().Value.RulesDirectory;
        var clock = services.GetRequiredService<TimeProvider>();
        var log = services.GetRequiredService<ILogger<PublishedRules>>();

        foreach (var ruleSet in loaded.Book.All)
        {
            var existing = await db.RuleSetVersions.AsNoTracking().FirstOrDefaultAsync(v => v.RuleSetId == ruleSet.Id && v.Version == ruleSet.Version);
            if (existing is not null)
            {
                if (existing.Sha256 != ruleSet.Sha256)
                {
                    log.LogWarning("rules/{Id}.json version {Version} differs from the version {Version} already published; give it a new Version to publish it",
                        ruleSet.Id, ruleSet.Version, existing.Version);
                }
                continue;
            }
            var now = clock.GetUtcNow().UtcDateTime;
            await using var transaction = await db.Database.BeginTransactionAsync();
            var next = (await db.RuleSetVersions.MaxAsync(v => v.PublicationSequence) ?? 0) + 1;
            db.RuleSetVersions.Add(new RuleSetVersionRecord
            {
                RuleSetId = ruleSet.Id,
                Version = ruleSet.Version,
                Sha256 = ruleSet.Sha256,
                Content = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(Path.Combine(rulesDirectory, ruleSet.Id + ".json"))),
                ApplicationType = ruleSet.ApplicationType,
                Status = RuleSetStatus.Published,
                EffectiveFrom = ruleSet.EffectiveFrom,
                UploadedBy = "rules/",
                UploadedAt = now,
                PublishedBy = "rules/",
                PublishedAt = now,
                PublicationSequence = next,
            });
            await Audit.AuditTrail.AppendAsync(db, now, "rules/", "rule-set-published", null, $"ruleSet={ruleSet.Id}; version={ruleSet.Version}; sha256={ruleSet.Sha256}");
            try
            {
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            }
            catch (DbUpdateException)
            {
                // Another instance starting at the same time imported it first.
                await transaction.RollbackAsync();
                db.ChangeTracker.Clear();
            }
        }
        await services.GetRequiredService<PublishedRules>().RefreshAsync();
    }
}
