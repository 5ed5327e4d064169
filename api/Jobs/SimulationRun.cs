using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using AutoPermits.Api.Cases;
using AutoPermits.Api.Persistence;
using AutoPermits.Engine.Assessments;
using AutoPermits.Engine.RuleSets;
using AutoPermits.Engine.Simulations;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace AutoPermits.Api.Jobs;

public sealed record SimulationSummary(
    string RuleSetId, string Version, DateOnly From, DateOnly To, int Simulated, int Changed,
    double AutomationRateBefore, double AutomationRateAfter, IReadOnlyList<RuleOverrideRate> RulesTouched);

/// <summary>How often caseworkers overrode a rule the draft's changes touch, among the simulated cases it gave a reason for.</summary>
public sealed record RuleOverrideRate(string ReasonCode, int Overrides, int Assessed, double Rate);

public sealed record SimulationReport(SimulationSummary Summary, IReadOnlyList<SimulatedChange> Changes);

/// <summary>
/// Runs a draft against the stored applications of a period, in batches, recording progress as it goes. A run
/// that is repeated (a retry, a restart) starts over and writes the same report.
/// </summary>
public sealed class SimulationRun(CasesDb db, Simulation simulation, TimeProvider clock, ILogger<SimulationRun> log)
{
    private const int BatchSize = 2_000;

    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(Guid simulationId)
    {
        var record = await db.Simulations.FirstOrDefaultAsync(s => s.Id == simulationId);
        if (record is null || record.Status == SimulationStatus.Done) return;
        try
        {
            await RunAsync(record);
        }
        catch (Exception e) when (e is RuleSetException or InvalidDataException or JsonException)
        {
            log.LogError(e, "Simulation {Simulation} failed", simulationId);
            record.Status = SimulationStatus.Failed;
            record.Error = e.Message;
            record.FinishedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync();
        }
    }

    private async Task RunAsync(SimulationRecord record)
    {
        var version = await db.RuleSetVersions.AsNoTracking().FirstAsync(v => v.RuleSetId == record.RuleSetId && v.Version == record.Version);
        // In force for every stored application, whatever its submission date: the question is what it would have decided.
        var draft = RuleSet.Parse(Encoding.UTF8.GetBytes(version.Content), $"{version.RuleSetId} {version.Version}", DateOnly.MinValue);
        var assessor = simulation.AssessorFor(draft);

        var from = record.From.ToDateTime(TimeOnly.MinValue);
        var to = record.To.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var latest = db.Assessments.AsNoTracking()
            .Where(a => a.Sequence == db.Assessments.Where(b => b.CaseId == a.CaseId).Max(b => b.Sequence))
            .Join(db.Cases.Where(c => c.Type == draft.ApplicationType && c.SubmittedAt >= from && c.SubmittedAt < to),
                a => a.CaseId, c => c.Id, (a, c) => new { a.Id, a.CaseId, a.AssessedOn, a.InputJson, a.AssessmentJson });

        record.Status = SimulationStatus.Running;
        record.Total = await latest.CountAsync();
        record.Processed = 0;
        await db.SaveChangesAsync();

        var results = new ConcurrentBag<SimulatedCase>();
        Guid? after = null;
        while (true)
        {
            var page = after is { } last ? latest.Where(a => a.Id.CompareTo(last) > 0) : latest;
            var batch = await page.OrderBy(a => a.Id).Take(BatchSize).ToListAsync();
            if (batch.Count == 0) break;
            await Parallel.ForEachAsync(batch, async (row, _) =>
            {
                var stored = StoredAssessment.Read(row.AssessmentJson);
                var application = new StoredApplication(row.CaseId, row.AssessedOn, Encoding.UTF8.GetBytes(row.InputJson),
                    stored.Outcome, stored.Queue, stored.ValuationDkk, stored.Reasons.Select(r => r.Code).ToArray());
                results.Add(await simulation.RunAsync(assessor, application));
            });
            after = batch[^1].Id;
            record.Processed += batch.Count;
            await db.SaveChangesAsync();
        }

        var all = results.ToList();
        var changes = all.Where(r => r.Changed).Select(r => r.ToChange()).OrderBy(c => c.SubmittedOn).ThenBy(c => c.CaseId).ToList();
        var touched = changes.SelectMany(c => c.ReasonsBefore.Concat(c.ReasonsAfter)).Distinct(StringComparer.Ordinal).ToList();
        var overrides = await db.Overrides.AsNoTracking().Where(o => o.RuleSetId == draft.Id && touched.Contains(o.ReasonCode))
            .GroupBy(o => o.ReasonCode).Select(g => new { Code = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Code, g => g.Count);
        var rates = touched.Order(StringComparer.Ordinal).Select(code =>
        {
            var assessed = all.Count(r => r.Stored.ReasonCodes.Contains(code));
            var count = overrides.GetValueOrDefault(code);
            return new RuleOverrideRate(code, count, assessed, assessed == 0 ? 0 : Math.Round((double)count / assessed, 4));
        }).ToList();

        var summary = new SimulationSummary(record.RuleSetId, record.Version, record.From, record.To, all.Count, changes.Count,
            Rate(all, r => r.Stored.Outcome), Rate(all, r => r.After), rates);
        record.SummaryJson = JsonSerializer.Serialize(summary, Json);
        record.ReportJson = JsonSerializer.Serialize(new SimulationReport(summary, changes), Json);
        record.Status = SimulationStatus.Done;
        record.FinishedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
    }

    private static double Rate(List<SimulatedCase> cases, Func<SimulatedCase, Outcome> outcome) =>
        cases.Count == 0 ? 0 : Math.Round((double)cases.Count(c => outcome(c) != Outcome.Manual) / cases.Count, 4);

    public static readonly JsonSerializerOptions Json = CreateJson();

    private static JsonSerializerOptions CreateJson()
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Hosting.ServiceRegistration.Configure(json);
        return json;
    }
}
