using System.Collections.Concurrent;
using System.Text;
using AutoPermits.Api.Hosting;
using AutoPermits.Api.Persistence;
using AutoPermits.Engine.Applications;
using AutoPermits.Engine.RuleSets;
using Microsoft.EntityFrameworkCore;

namespace AutoPermits.Api.RuleSets;

/// <summary>
/// The rule book every instance decides with: the published versions in the database, re-read whenever a new
/// publication appears there, so publishing and rolling back take effect on every instance without a restart.
/// </summary>
public sealed class PublishedRules(IServiceScopeFactory scopes, ApplicationReader reader, LoadedRules loaded, ILogger<PublishedRules> log)
{
    // The rule sets loaded from rules/ at start-up are already compiled: a publication of the same content reuses them.
    private readonly ConcurrentDictionary<(string Sha256, DateOnly EffectiveFrom), RuleSet> _parsed =
        new(loaded.Book.All.Select(r => KeyValuePair.Create((r.Sha256, r.EffectiveFrom), r)));
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private volatile RuleBook _book = new([]);
    private long? _seen = -1;

    public RuleBook Current => _book;

    /// <summary>Reads the published versions if any was published since the last look; cheap when nothing changed.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CasesDb>();
            var latest = await db.RuleSetVersions.Where(v => v.Status == RuleSetStatus.Published).MaxAsync(v => v.PublicationSequence, cancellationToken);
            if (latest == _seen) return;

            var published = await db.RuleSetVersions.AsNoTracking()
                .Where(v => v.Status == RuleSetStatus.Published)
                .OrderBy(v => v.PublicationSequence)
                .ToListAsync(cancellationToken);
            var ruleSets = new List<RuleSet>();
            foreach (var version in published)
            {
                if (!_parsed.TryGetValue((version.Sha256, version.EffectiveFrom), out var ruleSet))
                {
                    ruleSet = RuleSet.Parse(Encoding.UTF8.GetBytes(version.Content), $"{version.RuleSetId} {version.Version}", version.EffectiveFrom);
                    // Its own tests compile its expressions now, not inside the first citizen's evaluation budget.
                    await new RuleSetTestRunner(reader).RunAsync(ruleSet);
                    _parsed[(version.Sha256, version.EffectiveFrom)] = ruleSet;
                }
                ruleSets.Add(ruleSet);
            }
            _book = new RuleBook(ruleSets);
            _seen = latest;
            log.LogInformation("Deciding with {Count} published rule-set versions (publication {Sequence})", ruleSets.Count, latest);
        }
        finally
        {
            _refreshing.Release();
        }
    }
}
