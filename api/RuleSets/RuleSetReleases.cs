using AutoPermits.Api.Hosting;
using System.Text;
using System.Text.Json.Nodes;
using AutoPermits.Api.Audit;
using AutoPermits.Api.Cases;
using AutoPermits.Api.Identity;
using AutoPermits.Api.Persistence;
using AutoPermits.Engine.Applications;
using AutoPermits.Engine.Catalogue;
using AutoPermits.Engine.RuleSets;
using AutoPermits.Engine.RuleSets.Checks;
using Microsoft.EntityFrameworkCore;

namespace AutoPermits.Api.RuleSets;

public sealed record RuleSetVersionView(
    string Id, string Version, string Sha256, string ApplicationType, RuleSetStatus Status, DateOnly EffectiveFrom,
    string UploadedBy, DateTime UploadedAt, string? PublishedBy, DateTime? PublishedAt);

public sealed record RuleSetTestView(string Name, bool Passed, string Detail);

public sealed record UploadView(RuleSetVersionView RuleSet, IReadOnlyList<RuleSetTestView> Tests, bool Publishable);

/// <summary>What becomes of a rule author's request.</summary>
public abstract record ReleaseResult
{
    public sealed record Done(UploadView View, bool Created) : ReleaseResult;

    public sealed record NotFound : ReleaseResult;

    public sealed record Conflict(string Detail) : ReleaseResult;

    public sealed record Invalid(IDictionary<string, string[]> Errors, string Title) : ReleaseResult;

    /// <summary>The rule set's own tests fail: publishing is refused while any does.</summary>
    public sealed record TestsFail(IReadOnlyList<RuleSetTestView> Tests) : ReleaseResult;
}

/// <summary>
/// A rule author's way from a JSON file to the rules in force: upload (every check, every problem at once, its
/// own tests run), publish from a date (refused while a test fails), roll back (an earlier content published as a
/// new version). Versions never change once uploaded.
/// </summary>
public sealed class RuleSetReleases(CasesDb db, TypeCatalogue catalogue, ApplicationReader reader, PublishedRules published, TimeProvider clock, MunicipalCalendar calendar)
{
    public async Task<IReadOnlyList<RuleSetVersionView>> ListAsync(CancellationToken cancellationToken) =>
        (await db.RuleSetVersions.AsNoTracking().OrderBy(v => v.RuleSetId).ThenBy(v => v.Id).ToListAsync(cancellationToken)).Select(View).ToList();

    public async Task<ReleaseResult> UploadAsync(Caller author, byte[] content, CancellationToken cancellationToken)
    {
        var problems = RuleSetChecks.Check(content, catalogue);
        if (problems.Count > 0)
        {
            return new ReleaseResult.Invalid(
                problems.GroupBy(p => p.Path).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
                "The rule set is not valid");
        }
        var ruleSet = RuleSet.Parse(content);
        var tests = await TestsOf(ruleSet);

        var existing = await db.RuleSetVersions.AsNoTracking().FirstOrDefaultAsync(v => v.RuleSetId == ruleSet.Id && v.Version == ruleSet.Version, cancellationToken);
        if (existing is not null)
        {
            return existing.Sha256 == ruleSet.Sha256
                ? new ReleaseResult.Done(new UploadView(View(existing), tests, tests.All(t => t.Passed)), Created: false)
                : new ReleaseResult.Conflict($"Version {ruleSet.Version} of '{ruleSet.Id}' already exists with other content. A version never changes: give the file a new Version.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var record = new RuleSetVersionRecord
        {
            RuleSetId = ruleSet.Id,
            Version = ruleSet.Version,
            Sha256 = ruleSet.Sha256,
            Content = Encoding.UTF8.GetString(content),
            ApplicationType = ruleSet.ApplicationType,
            Status = RuleSetStatus.Draft,
            EffectiveFrom = ruleSet.EffectiveFrom,
            UploadedBy = author.Subject,
            UploadedAt = now,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.RuleSetVersions.Add(record);
        await AuditTrail.AppendAsync(db, now, author.Subject, "rule-set-uploaded", null, $"ruleSet={record.RuleSetId}; version={record.Version}; sha256={record.Sha256}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ReleaseResult.Done(new UploadView(View(record), tests, tests.All(t => t.Passed)), Created: true);
    }

    public async Task<ReleaseResult> TestAsync(string id, string version, CancellationToken cancellationToken)
    {
        var record = await Find(id, version, cancellationToken);
        if (record is null) return new ReleaseResult.NotFound();
        var tests = await TestsOf(RuleSet.Parse(Encoding.UTF8.GetBytes(record.Content)));
        return new ReleaseResult.Done(new UploadView(View(record), tests, tests.All(t => t.Passed)), Created: false);
    }

    public async Task<ReleaseResult> PublishAsync(Caller author, string id, string version, DateOnly? effectiveFrom, CancellationToken cancellationToken)
    {
        var record = await db.RuleSetVersions.FirstOrDefaultAsync(v => v.RuleSetId == id && v.Version == version, cancellationToken);
        if (record is null) return new ReleaseResult.NotFound();
        if (record.Status == RuleSetStatus.Published) return new ReleaseResult.Conflict($"Version {version} of '{id}' is already published.");

        var today = calendar.Today();
        var from = effectiveFrom ?? record.EffectiveFrom;
        if (from < today)
        {
            return new ReleaseResult.Invalid(
                new Dictionary<string, string[]> { ["effectiveFrom"] = [$"must be today ({today:yyyy-MM-dd}) or later: a rule set cannot govern applications already submitted"] },
                "The publication is not valid");
        }
        var tests = await TestsOf(RuleSet.Parse(Encoding.UTF8.GetBytes(record.Content)));
        if (tests.Count == 0 || tests.Any(t => !t.Passed)) return new ReleaseResult.TestsFail(tests);

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        record.Status = RuleSetStatus.Published;
        record.EffectiveFrom = from;
        record.PublishedBy = author.Subject;
        record.PublishedAt = now;
        record.PublicationSequence = (await db.RuleSetVersions.MaxAsync(v => v.PublicationSequence, cancellationToken) ?? 0) + 1;
        await AuditTrail.AppendAsync(db, now, author.Subject, "rule-set-published", null, $"ruleSet={id}; version={version}; sha256={record.Sha256}; effectiveFrom={from:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await published.RefreshAsync(cancellationToken);
        return new ReleaseResult.Done(new UploadView(View(record), tests, true), Created: false);
    }

    /// <summary>Publishes the content of <paramref name="toVersion"/> again, as a new version that takes effect from the given day.</summary>
    public async Task<ReleaseResult> RollbackAsync(Caller author, string id, string toVersion, DateOnly? effectiveFrom, CancellationToken cancellationToken)
    {
        var earlier = await Find(id, toVersion, cancellationToken);
        if (earlier is null) return new ReleaseResult.NotFound();
        var versions = await db.RuleSetVersions.AsNoTracking().Where(v => v.RuleSetId == id).Select(v => v.Version).ToListAsync(cancellationToken);
        var next = versions.Select(v => int.TryParse(v, out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
        var label = next.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var document = JsonNode.Parse(earlier.Content)!.AsObject();
        document["Version"] = label;
        var content = Encoding.UTF8.GetBytes(document.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        }));
        var uploaded = await UploadAsync(author, content, cancellationToken);
        if (uploaded is not ReleaseResult.Done) return uploaded;
        return await PublishAsync(author, id, label, effectiveFrom ?? calendar.Today(), cancellationToken);
    }

    public async Task<RuleSetVersionRecord?> Find(string id, string version, CancellationToken cancellationToken) =>
        await db.RuleSetVersions.AsNoTracking().FirstOrDefaultAsync(v => v.RuleSetId == id && v.Version == version, cancellationToken);

    private async Task<IReadOnlyList<RuleSetTestView>> TestsOf(RuleSet ruleSet) =>
        (await new RuleSetTestRunner(reader).RunAsync(ruleSet)).Select(t => new RuleSetTestView(t.Name, t.Passed, t.Detail)).ToList();

    public static RuleSetVersionView View(RuleSetVersionRecord v) =>
        new(v.RuleSetId, v.Version, v.Sha256, v.ApplicationType, v.Status, v.EffectiveFrom, v.UploadedBy, v.UploadedAt, v.PublishedBy, v.PublishedAt);
}
