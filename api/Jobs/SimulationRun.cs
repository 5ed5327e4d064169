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
        catch (Exception e)
        {
            // Whatever went wrong, the run must not stay "running": a pipeline polling it would wait forever.
            log.LogError(e, "Simulation {Simulation} failed", simulationId);
            db.ChangeTracker.Clear();
            record = await db.Simulations.FirstAsync(s => s.Id == simulationId);
            record.Status = SimulationStatus.Failed;
            // A rule set's own problems are the author's to read; anything else is the operator's, in the log.
            record.Error = e is RuleSetException or InvalidDataException or JsonException ? e.Message : "The simulation stopped on an internal error; the operator's log has the details.";
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

        var from = record.From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var to = record.To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var cases = db.Cases.AsNoTracking().Where(c => c.Type == draft.ApplicationType && c.SubmittedAt >= from && c.SubmittedAt < to);

        // Every id at once, in one pass: a page query per batch would make SQLite scan and sort the table each time.
        var all = await cases.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
        record.Status = SimulationStatus.Running;
        record.Total = all.Count;
        record.Processed = 0;
        await db.SaveChangesAsync();

        // Only what the report needs is kept: counts for every case, the full story only for the changed ones.
        var changes = new List<SimulatedChange>();
        var automatedBefore = 0;
        var automatedAfter = 0;
        var assessedByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ids in all.Chunk(BatchSize))
        {
            // A range of the (CaseId, Sequence) index, not IN over a list: SQLite scans the whole table for that.
            var (first, lastOfPage) = (ids[0], ids[^1]);
            var wanted = ids.ToHashSet();
            var batch = (await db.Assessments.AsNoTracking().Where(a => a.CaseId.CompareTo(first) >= 0 && a.CaseId.CompareTo(lastOfPage) <= 0)
                    .Select(a => new { a.CaseId, a.Sequence, a.AssessedOn, a.InputJson, a.AssessmentJson }).ToListAsync())
                .Where(a => wanted.Contains(a.CaseId))
                .GroupBy(a => a.CaseId).Select(g => g.MaxBy(a => a.Sequence)!).ToList();
            var results = new SimulatedCase[batch.Count];
            await Parallel.ForEachAsync(Enumerable.Range(0, batch.Count), async (i, _) =>
            {
                var row = batch[i];
                var stored = StoredAssessment.Read(row.AssessmentJson);
                var application = new StoredApplication(row.CaseId, row.AssessedOn, Encoding.UTF8.GetBytes(row.InputJson),
                    stored.Outcome, stored.Queue, stored.ValuationDkk, stored.Reasons.Select(r => r.Code).ToArray());
                results[i] = await simulation.RunAsync(assessor, application);
            });
            foreach (var result in results)
            {
                if (result.Stored.Outcome != Outcome.Manual) automatedBefore++;
                if (result.After != Outcome.Manual) automatedAfter++;
                foreach (var code in result.Stored.ReasonCodes) assessedByCode[code] = assessedByCode.GetValueOrDefault(code) + 1;
                if (result.Changed) changes.Add(result.ToChange());
            }
            record.Processed += ids.Length;
            await db.SaveChangesAsync();
        }

        var simulated = record.Processed;
        changes = changes.OrderBy(c => c.SubmittedOn).ThenBy(c => c.CaseId).ToList();
        var touched = changes.SelectMany(c => c.ReasonsBefore.Concat(c.ReasonsAfter)).Distinct(StringComparer.Ordinal).ToList();
        // Overrides of the simulated cases only, so that a rate compares like with like.
        var overrides = await (
                from o in db.Overrides.AsNoTracking()
                join d in db.Decisions.AsNoTracking() on o.DecisionId equals d.Id
                join c in cases on d.CaseId equals c.Id
                where o.RuleSetId == draft.Id && touched.Contains(o.ReasonCode)
                group o by o.ReasonCode into g
                select new { Code = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Code, g => g.Count);
        var rates = touched.Order(StringComparer.Ordinal).Select(code =>
        {
            var assessed = assessedByCode.GetValueOrDefault(code);
            var count = overrides.GetValueOrDefault(code);
            return new RuleOverrideRate(code, count, assessed, assessed == 0 ? 0 : Math.Round((double)count / assessed, 4));
        }).ToList();

        var summary = new SimulationSummary(record.RuleSetId, record.Version, record.From, record.To, simulated, changes.Count,
            Rate(automatedBefore, simulated), Rate(automatedAfter, simulated), rates);
        record.SummaryJson = JsonSerializer.Serialize(summary, Json);
        record.ReportJson = JsonSerializer.Serialize(new SimulationReport(summary, changes), Json);
        record.Status = SimulationStatus.Done;
        record.FinishedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
    }

    private static double Rate(int automated, int of) => of == 0 ? 0 : Math.Round((double)automated / of, 4);

    public static readonly JsonSerializerOptions Json = CreateJson();

    private static JsonSerializerOptions CreateJson()
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Hosting.ServiceRegistration.Configure(json);
        return json;
    }
}
